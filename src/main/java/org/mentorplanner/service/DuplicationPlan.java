package org.mentorplanner.service;

import java.util.List;

/**
 * The preview of a bulk duplicate: every planned copy in date order with its flags. Nothing
 * is written to make it.
 *
 * @param request what was asked
 * @param copies  every row, earliest first
 */
public record DuplicationPlan(DuplicationRequest request, List<PlannedCopy> copies) {

    public DuplicationPlan {
        copies = List.copyOf(copies);
    }

    /** The rows the run would make. */
    public List<PlannedCopy> toCreate() {
        return copies.stream().filter(PlannedCopy::created).toList();
    }

    /** How many rows carry {@code flag}. */
    public int count(CopyFlag flag) {
        return (int) copies.stream().filter(copy -> copy.has(flag)).count();
    }

    /** One line for the user, for example "52 copies, 2 conflicts skipped, 1 start moved by DST". */
    public String summary() {
        long make = copies.stream().filter(PlannedCopy::created).count();
        StringBuilder text = new StringBuilder().append(make).append(make == 1 ? " copy" : " copies");
        int conflicts = count(CopyFlag.CONFLICT);
        if (conflicts > 0) {
            text.append(", ").append(conflicts).append(conflicts == 1 ? " conflict" : " conflicts").append(switch (request.onConflict()) {
                case SKIP -> " skipped";
                case KEEP -> " kept";
                case ABORT -> " (the run would stop)";
            });
        }
        int busy = count(CopyFlag.BUSY);
        if (busy > 0) {
            text.append(", ").append(busy).append(busy == 1 ? " copy in busy time" : " copies in busy time").append(switch (request.onConflict()) {
                case SKIP -> " skipped";
                case KEEP -> " kept";
                case ABORT -> " (the run would stop)";
            });
        }
        int shifted = count(CopyFlag.DST_SHIFTED);
        if (shifted > 0) {
            text.append(", ").append(shifted).append(shifted == 1 ? " start" : " starts").append(" moved by a DST gap");
        }
        int ambiguous = count(CopyFlag.DST_AMBIGUOUS);
        if (ambiguous > 0) {
            text.append(", ").append(ambiguous).append(ambiguous == 1 ? " start" : " starts").append(" in a repeated DST hour");
        }
        int skipped = count(CopyFlag.SKIPPED_MONTH);
        if (skipped > 0) {
            text.append(", ").append(skipped).append(skipped == 1 ? " month" : " months").append(" skipped (no such weekday)");
        }
        return text.toString();
    }
}

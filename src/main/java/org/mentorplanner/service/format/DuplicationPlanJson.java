package org.mentorplanner.service.format;

import java.util.Locale;
import org.mentorplanner.service.CopyFlag;
import org.mentorplanner.service.DuplicationPlan;
import org.mentorplanner.service.PlannedCopy;

/**
 * A bulk duplicate preview as a JSON array: one object per planned copy with {@code sourceId,
 * date, start, end, zone, offset, flags, created, notes}. {@code start} and {@code end} are local
 * ISO date-times in the session's zone ({@code null} for a skipped month); {@code offset} is
 * the start's UTC offset, which tells the two 01:30s of a fall-back night apart.
 */
public final class DuplicationPlanJson {

    private DuplicationPlanJson() {
    }

    /** The plan's rows as a JSON array. */
    public static String array(DuplicationPlan plan, boolean pretty) {
        JsonWriter json = new JsonWriter(pretty).beginArray();
        for (PlannedCopy copy : plan.copies()) {
            json.beginObject()
                .name("sourceId").value(copy.sourceId())
                .name("date").value(copy.date().toString())
                .name("start").value(copy.start() == null ? null : copy.start().toLocalDateTime().format(SessionJson.LOCAL_MINUTES))
                .name("end").value(copy.end() == null ? null : copy.end().toLocalDateTime().format(SessionJson.LOCAL_MINUTES))
                .name("zone").value(copy.zone() == null ? null : copy.zone().getId())
                .name("offset").value(copy.start() == null ? null : copy.start().getOffset().getId())
                .name("flags").beginArray();
            for (CopyFlag flag : copy.flags()) {
                json.value(flag.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            json.endArray()
                .name("created").value(copy.created())
                .name("notes").beginArray();
            for (String note : copy.notes()) {
                json.value(note);
            }
            json.endArray().endObject();
        }
        return json.endArray().toString();
    }
}

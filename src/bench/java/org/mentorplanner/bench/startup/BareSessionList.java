package org.mentorplanner.bench.startup;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The yardstick of {@code mentor-planner session list} (issue 15): a plain Java program that
 * opens the same SQLite file with plain JDBC (sqlite-jdbc, no Guice, no Flyway, no picocli) and
 * prints the same rows as the same table: id, start as "Mon 2026-11-30 08:00", duration, place,
 * mentor, mentee, status and title, ordered by the local start, then the instant, then the id.
 *
 * <p>Usage: {@code BareSessionList FILE [FROM TO]} (dates, inclusive, as local dates).
 */
public final class BareSessionList {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE uuuu-MM-dd HH:mm", Locale.ENGLISH);

    private BareSessionList() {
    }

    public static void main(String[] args) throws SQLException {
        String sql = "select s.id, s.local_start, s.duration_minutes, l.name, m.name, e.name, s.status, s.title"
                + " from mentorship_session s join location l on l.id = s.location_id join person m on m.id = s.mentor_id"
                + " left join person e on e.id = s.mentee_id"
                + (args.length == 3 ? " where s.local_start >= ? and s.local_start < ?" : "")
                + " order by s.local_start, s.start_utc, s.id";
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "START", "DURATION", "LOCATION", "MENTOR", "MENTEE", "STATUS", "TITLE"});
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + args[0]);
             PreparedStatement query = connection.prepareStatement(sql)) {
            if (args.length == 3) {
                query.setString(1, args[1]);
                query.setString(2, LocalDate.parse(args[2]).plusDays(1).toString());
            }
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    int minutes = row.getInt(3);
                    String duration = (minutes >= 60 ? minutes / 60 + "h" : "") + (minutes % 60 > 0 ? minutes % 60 + "m" : "");
                    String mentee = row.getString(6);
                    String stored = row.getString(7);
                    String status = stored.equals("PUBLISHED") ? mentee != null ? "booked" : "open" : stored.toLowerCase(Locale.ROOT);
                    rows.add(new String[] {Long.toString(row.getLong(1)), LocalDateTime.parse(row.getString(2)).format(DAY_TIME),
                            duration, row.getString(4), row.getString(5), mentee == null ? "-" : mentee, status, row.getString(8)});
                }
            }
        }
        int[] widths = new int[rows.getFirst().length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        PrintWriter out = new PrintWriter(System.out, false, System.out.charset());
        StringBuilder line = new StringBuilder();
        for (String[] row : rows) {
            line.setLength(0);
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - row[i].length() + 2));
                }
            }
            out.println(line);
        }
        out.flush();
    }
}

package qaf.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The returns status as a plain-text table for the terminal. */
public final class StatusText {
    private StatusText() {
    }

    public static String of(String ref, LocalDate asAt, List<ReturnsStatus.Line> lines) {
        StringBuilder b = new StringBuilder("Returns for evaluation " + ref + " as at " + asAt + "\n");
        if (lines.isEmpty()) {
            return b.append("No agency is graded on a case of it or holds chronology entries on one yet.\n").toString();
        }
        String format = "%-8s %-22s %-10s %-10s %-28s %s%n";
        b.append(String.format(Locale.UK, format, "agency", "return", "due", "returned", "status", "detail"));
        for (ReturnsStatus.Line l : lines) {
            long late = l.daysLate(asAt);
            String state = l.state().label() + (late > 0 && (l.state() == ReturnsStatus.State.LATE
                    || l.state() == ReturnsStatus.State.OVERDUE) ? " (" + late + (late == 1 ? " day)" : " days)") : "");
            b.append(String.format(Locale.UK, format, l.agencyCode(), l.what(), l.due() == null ? "-" : l.due(),
                    l.returnedOn() == null ? "-" : l.returnedOn(), state, l.detail()).stripTrailing()).append('\n');
        }
        return b.toString();
    }
}

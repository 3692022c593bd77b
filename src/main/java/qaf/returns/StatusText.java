package qaf.returns;

import java.time.LocalDate;
import java.util.Locale;

/** A returns status as a plain-text table for the terminal. */
public final class StatusText {
    private StatusText() {
    }

    public static String of(ReturnsTracker.Report report, LocalDate asAt) {
        StringBuilder b = new StringBuilder(report.title() + " as at " + asAt + "\n");
        if (report.lines().isEmpty()) {
            return b.append(report.none()).append('\n').toString();
        }
        String format = "%-8s %-22s %-10s %-13s %-10s %-28s %s%n";
        b.append(String.format(Locale.UK, format, "agency", "return", "due", "due from", "returned", "status",
                "detail"));
        for (ReturnsStatus.Line l : report.lines()) {
            long late = l.daysLate(asAt);
            String state = l.state().label() + (late > 0 && (l.state() == ReturnsStatus.State.LATE
                    || l.state() == ReturnsStatus.State.OVERDUE) ? " (" + late + (late == 1 ? " day)" : " days)") : "");
            b.append(String.format(Locale.UK, format, l.agencyCode(), l.what(), l.due() == null ? "-" : l.due(),
                    l.dueFrom() == null ? "-" : l.dueFrom().words(), l.returnedOn() == null ? "-" : l.returnedOn(),
                    state, l.detail()).stripTrailing()).append('\n');
        }
        return b.toString();
    }
}

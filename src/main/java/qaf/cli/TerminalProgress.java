package qaf.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import qaf.pipeline.BuildProgress;
import qaf.publish.BuildReport;

/**
 * A progress bar redrawn in place on a terminal: documents done of the total, the kind being
 * composed, time elapsed and an estimate of the time left. Failures are printed above the bar so
 * they stay on screen. Redrawn when a document finishes, not on a timer, so it needs no thread.
 */
final class TerminalProgress implements BuildProgress {
    private static final int BAR_WIDTH = 24;
    /** Carriage return, then ANSI "erase to end of line": every terminal emulator in use supports it. */
    private static final String REDRAW = "\r\u001b[K";

    private final PrintWriter err;
    private final Clock clock;
    private Instant start;
    private int total;
    private int done;
    private String kind = "";

    TerminalProgress(PrintWriter err, Clock clock) {
        this.err = err;
        this.clock = clock;
    }

    @Override
    public void started(int documents) {
        start = clock.instant();
        total = documents;
        // Drawn from the first kind on: a bar without a kind would be replaced at once.
    }

    @Override
    public void kindStarted(String kind) {
        this.kind = kind;
        draw();
    }

    @Override
    public void documentDone(BuildReport.Entry entry) {
        done++;
        if (entry.failed()) {
            err.print(REDRAW + "FAILED " + entry.kind() + "/" + entry.name() + ": " + entry.error() + "\n");
        }
        draw();
    }

    /** Clears the bar so the summary line that follows starts on a clean line. */
    void clear() {
        err.print(REDRAW);
        err.flush();
    }

    private void draw() {
        Duration elapsed = Duration.between(start, clock.instant());
        int filled = total == 0 ? BAR_WIDTH : BAR_WIDTH * done / total;
        String eta = done == 0 ? "estimating" : clockTime(elapsed.multipliedBy(total - done).dividedBy(done)) + " left";
        err.print(REDRAW + "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] "
                + String.format(Locale.UK, "%d/%d %s, %s elapsed, %s", done, total, kind, clockTime(elapsed), eta));
        err.flush();
    }

    static String clockTime(Duration d) {
        long seconds = Math.max(0, d.toSeconds());
        return String.format(Locale.UK, "%d:%02d", seconds / 60, seconds % 60);
    }
}

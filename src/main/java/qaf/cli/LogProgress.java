package qaf.cli;

import java.io.PrintWriter;
import java.util.Locale;
import qaf.pipeline.BuildProgress;
import qaf.publish.BuildReport;

/**
 * One line per document, for logs (cron mail, the journal) where a redrawn bar would be noise. With
 * {@code failuresOnly} it is the {@code --quiet} display: silent unless a document fails.
 */
final class LogProgress implements BuildProgress {
    private final PrintWriter out;
    private final boolean failuresOnly;
    private int total;
    private int done;

    LogProgress(PrintWriter out, boolean failuresOnly) {
        this.out = out;
        this.failuresOnly = failuresOnly;
    }

    @Override
    public void started(int documents) {
        total = documents;
        if (!failuresOnly) {
            out.printf(Locale.UK, "building %d documents%n", documents);
            out.flush();
        }
    }

    @Override
    public void kindStarted(String kind) {
        // The per-document lines name their kind.
    }

    @Override
    public void documentDone(BuildReport.Entry entry) {
        done++;
        String counter = "[" + done + "/" + total + "] ";
        String document = entry.kind() + "/" + entry.name();
        if (entry.failed()) {
            out.println(counter + "FAILED " + document + ": " + entry.error());
        } else if (!failuresOnly) {
            out.println(counter + (entry.skipped() ? "unchanged " : "built ") + document
                    + " (" + String.join(", ", entry.formats()) + ")");
        }
        out.flush();
    }
}

package qaf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import qaf.ingest.FileSummary;
import qaf.ingest.Ingest;
import qaf.ingest.IngestRejected;
import qaf.ingest.IngestResult;
import qaf.ingest.Problem;
import qaf.store.Database;
import qaf.store.TableCount;

/** What {@code ingest} and {@code init} share: run an ingest and report it, or report the rejection. */
final class DatasetLoading {
    private DatasetLoading() {
    }

    /** Ingests {@code dir} into {@code dbFile}; returns the exit code. */
    static int load(Path dir, Path dbFile, boolean printCounts, PrintWriter out, PrintWriter err) {
        try (Database db = Database.open(dbFile)) {
            IngestResult result;
            try {
                result = Ingest.ingest(dir, db);
            } catch (IngestRejected rejected) {
                for (Problem p : rejected.problems()) {
                    err.println(p.format());
                }
                int problems = rejected.problems().size();
                int files = rejected.fileCount();
                err.printf(Locale.UK, "ingest rejected: %d problem%s in %d file%s; nothing was written%n",
                        problems, problems == 1 ? "" : "s", files, files == 1 ? "" : "s");
                return ExitCode.INPUT_REJECTED;
            }
            printSummary(result, out);
            if (printCounts) {
                out.println();
                out.printf(Locale.UK, "%-24s %9s%n", "table", "rows");
                for (TableCount count : db.rowCounts()) {
                    out.printf(Locale.UK, "%-24s %9d%n", count.table().sqlName(), count.rows());
                }
            }
            out.println("database: " + db.file());
            return ExitCode.OK;
        }
    }

    private static void printSummary(IngestResult result, PrintWriter out) {
        String format = "%-26s %9s %9s %9s %9s%n";
        out.printf(Locale.UK, format, "file", "read", "inserted", "updated", "unchanged");
        for (FileSummary f : result.files()) {
            out.printf(Locale.UK, format, f.file(), f.read(), f.inserted(), f.updated(), f.unchanged());
        }
        out.printf(Locale.UK, format, "total", result.rowsRead(), result.inserted(), result.updated(),
                result.unchanged());
    }
}

package qaf.cli;

import qaf.app.ExitCode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import qaf.ingest.FileSummary;
import qaf.ingest.Ingest;
import qaf.ingest.IngestRejected;
import qaf.ingest.IngestResult;
import qaf.ingest.Problem;
import qaf.ingest.RegionIngest;
import qaf.store.Database;
import qaf.store.RegionStore;
import qaf.store.TableCount;

/** What {@code ingest} and {@code init} share: run an ingest and report it, or report the rejection. */
final class DatasetLoading {
    private DatasetLoading() {
    }

    /** Ingests {@code dir} into {@code dbFile}; returns the exit code. */
    static int load(Path dir, Path dbFile, Path nativeLibraries, boolean printCounts, PrintWriter out,
            PrintWriter err) {
        try (Database db = Database.open(dbFile, nativeLibraries)) {
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

    /**
     * Loads a region ({@link RegionIngest}) and reports it: a table of partnerships, every problem of
     * every rejected one on stderr, each file named by its folder.
     *
     * @return the exit code: {@link ExitCode#INPUT_REJECTED} if any partnership was rejected
     */
    static int loadRegion(List<Path> datasets, RegionStore store, Path nativeLibraries, PrintWriter out,
            PrintWriter err) {
        RegionIngest.Outcome outcome = RegionIngest.load(datasets, store, nativeLibraries);
        if (!outcome.codeProblems().isEmpty()) {
            outcome.codeProblems().forEach(err::println);
            int problems = outcome.codeProblems().size();
            int folders = outcome.badFolders().size();
            err.printf(Locale.UK, "ingest rejected: %d problem%s in the partnership codes of %d folder%s;"
                    + " nothing was written%n", problems, problems == 1 ? "" : "s", folders, folders == 1 ? "" : "s");
            return ExitCode.INPUT_REJECTED;
        }
        String format = "%-24s %-16s %9s %9s %9s %9s%n";
        out.printf(Locale.UK, format, "folder", "code", "read", "inserted", "updated", "unchanged");
        long[] total = new long[4];
        List<String> rejectedFolders = new ArrayList<>();
        for (RegionIngest.Loaded p : outcome.partnerships()) {
            if (p.rejected()) {
                p.problems().forEach(err::println);
                int n = p.problems().size();
                err.printf(Locale.UK, "%s: ingest rejected: %d problem%s in %d file%s; nothing was written for %s%n",
                        p.folder(), n, n == 1 ? "" : "s", p.fileCount(), p.fileCount() == 1 ? "" : "s", p.code());
                out.printf(Locale.UK, format, p.folder(), p.code(), "rejected", "", "", "");
                rejectedFolders.add(p.folder());
                continue;
            }
            IngestResult result = p.result();
            out.printf(Locale.UK, format, p.folder(), p.code(), result.rowsRead(), result.inserted(), result.updated(),
                    result.unchanged());
            total[0] += result.rowsRead();
            total[1] += result.inserted();
            total[2] += result.updated();
            total[3] += result.unchanged();
        }
        out.printf(Locale.UK, format, "total", "", total[0], total[1], total[2], total[3]);
        out.println("region store: " + store.dir() + " (" + store.codes().size() + " partnerships)");
        if (!rejectedFolders.isEmpty()) {
            err.printf(Locale.UK, "ingest rejected for %d of %d partnerships (%s); the others were loaded%n",
                    rejectedFolders.size(), outcome.partnerships().size(), String.join(", ", rejectedFolders));
            return ExitCode.INPUT_REJECTED;
        }
        return ExitCode.OK;
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

package qaf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import qaf.ingest.FileSummary;
import qaf.ingest.Ingest;
import qaf.ingest.IngestRejected;
import qaf.ingest.IngestResult;
import qaf.ingest.Problem;
import qaf.store.Database;
import qaf.store.RegionStore;
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

    /**
     * Ingests each dataset folder into its partnership's database in the region store, named after
     * the code in its partnership.csv. The codes are checked first, all of them (present, valid,
     * distinct): any problem there writes nothing anywhere. Then each partnership is ingested in its
     * own transaction, all or nothing for that partnership; a rejected one does not stop the others
     * (their data is independent), and every problem of every partnership is listed, each file
     * named by its folder, {@code partnership-03/chronology.csv:3:2: ...}.
     *
     * @param datasets dataset folders, in the order to load them
     * @return the exit code: {@link ExitCode#INPUT_REJECTED} if any partnership was rejected
     */
    static int loadRegion(List<Path> datasets, RegionStore store, PrintWriter out, PrintWriter err) {
        Map<Path, String> codes = new LinkedHashMap<>();
        Map<String, String> firstFolder = new HashMap<>();
        List<String> problems = new ArrayList<>();
        Set<String> badFolders = new TreeSet<>();
        for (Path dataset : datasets) {
            String folder = label(dataset);
            try {
                Ingest.PartnershipCode code = Ingest.partnershipCode(dataset);
                String first = firstFolder.putIfAbsent(code.code(), folder);
                if (first != null) {
                    problems.add(folder + "/" + code.problem("'" + code.code() + "' is also the code of " + first
                            + " — give each partnership its own code; it names the partnership's database").format());
                    badFolders.add(folder);
                }
                codes.put(dataset, code.code());
            } catch (IngestRejected rejected) {
                rejected.problems().forEach(p -> problems.add(folder + "/" + p.format()));
                badFolders.add(folder);
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            err.printf(Locale.UK, "ingest rejected: %d problem%s in the partnership codes of %d folder%s;"
                            + " nothing was written%n", problems.size(), problems.size() == 1 ? "" : "s",
                    badFolders.size(), badFolders.size() == 1 ? "" : "s");
            return ExitCode.INPUT_REJECTED;
        }
        String format = "%-24s %-16s %9s %9s %9s %9s%n";
        out.printf(Locale.UK, format, "folder", "code", "read", "inserted", "updated", "unchanged");
        long[] total = new long[4];
        List<String> rejectedFolders = new ArrayList<>();
        for (Map.Entry<Path, String> entry : codes.entrySet()) {
            String folder = label(entry.getKey());
            Path file = store.database(entry.getValue());
            boolean isNew = !Files.exists(file);
            try (Database db = Database.open(file)) {
                IngestResult result = Ingest.ingest(entry.getKey(), db);
                out.printf(Locale.UK, format, folder, entry.getValue(), result.rowsRead(), result.inserted(),
                        result.updated(), result.unchanged());
                total[0] += result.rowsRead();
                total[1] += result.inserted();
                total[2] += result.updated();
                total[3] += result.unchanged();
            } catch (IngestRejected rejected) {
                rejected.problems().forEach(p -> err.println(folder + "/" + p.format()));
                int n = rejected.problems().size();
                err.printf(Locale.UK, "%s: ingest rejected: %d problem%s in %d file%s; nothing was written for %s%n",
                        folder, n, n == 1 ? "" : "s", rejected.fileCount(), rejected.fileCount() == 1 ? "" : "s",
                        entry.getValue());
                out.printf(Locale.UK, format, folder, entry.getValue(), "rejected", "", "", "");
                rejectedFolders.add(folder);
                if (isNew) {
                    // An empty database would be listed as a partnership of the region that cannot be built.
                    deleteDatabase(file);
                }
            }
        }
        out.printf(Locale.UK, format, "total", "", total[0], total[1], total[2], total[3]);
        out.println("region store: " + store.dir() + " (" + store.codes().size() + " partnerships)");
        if (!rejectedFolders.isEmpty()) {
            err.printf(Locale.UK, "ingest rejected for %d of %d partnerships (%s); the others were loaded%n",
                    rejectedFolders.size(), codes.size(), String.join(", ", rejectedFolders));
            return ExitCode.INPUT_REJECTED;
        }
        return ExitCode.OK;
    }

    private static void deleteDatabase(Path file) {
        try {
            for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the empty database " + file
                    + " of a rejected partnership; delete it by hand", e);
        }
    }

    private static String label(Path dataset) {
        Path name = dataset.toAbsolutePath().normalize().getFileName();
        return name == null ? dataset.toString() : name.toString();
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

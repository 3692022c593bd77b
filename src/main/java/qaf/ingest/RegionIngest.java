package qaf.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import qaf.store.Database;
import qaf.store.RegionStore;

/**
 * A region into a region store: one dataset folder per partnership, each into the database named
 * after the code in its partnership.csv. The codes are checked first, all of them (present, valid,
 * distinct): any problem there writes nothing anywhere. Then each partnership is ingested in its own
 * transaction, all or nothing for that partnership; a rejected one does not stop the others (their
 * data is independent). Problems name each file by its folder, {@code partnership-03/chronology.csv:3:2: ...}.
 */
public final class RegionIngest {
    private RegionIngest() {
    }

    /** What became of one partnership's folder: loaded, or rejected with its problems (folder-prefixed). */
    public record Loaded(String folder, String code, IngestResult result, List<String> problems, int fileCount) {
        public Loaded {
            problems = List.copyOf(problems);
        }

        public boolean rejected() {
            return result == null;
        }
    }

    /**
     * The whole run: either the codes were wrong (nothing was written; {@code codeProblems} and the
     * folders they are in), or each partnership in turn.
     */
    public record Outcome(List<String> codeProblems, Set<String> badFolders, List<Loaded> partnerships) {
        public Outcome {
            codeProblems = List.copyOf(codeProblems);
            badFolders = Set.copyOf(badFolders);
            partnerships = List.copyOf(partnerships);
        }

        public boolean rejected() {
            return !codeProblems.isEmpty() || partnerships.stream().anyMatch(Loaded::rejected);
        }
    }

    /**
     * @param datasets dataset folders, in the order to load them
     * @param nativeLibraries the owner-only folder for the SQLite driver's native library
     */
    public static Outcome load(List<Path> datasets, RegionStore store, Path nativeLibraries) {
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
            return new Outcome(problems, badFolders, List.of());
        }
        List<Loaded> loaded = new ArrayList<>();
        for (Map.Entry<Path, String> entry : codes.entrySet()) {
            String folder = label(entry.getKey());
            Path file = store.database(entry.getValue());
            boolean isNew = !Files.exists(file);
            try (Database db = Database.open(file, nativeLibraries)) {
                IngestResult result = Ingest.ingest(entry.getKey(), db);
                loaded.add(new Loaded(folder, entry.getValue(), result, List.of(), 0));
            } catch (IngestRejected rejected) {
                loaded.add(new Loaded(folder, entry.getValue(), null,
                        rejected.problems().stream().map(p -> folder + "/" + p.format()).toList(),
                        rejected.fileCount()));
                if (isNew) {
                    // An empty database would be listed as a partnership of the region that cannot be built.
                    deleteDatabase(file);
                }
            }
        }
        return new Outcome(List.of(), Set.of(), loaded);
    }

    /**
     * The subfolders of {@code dir} that hold dataset files, in name order, when {@code dir} itself holds
     * none: then it is a region. Otherwise empty: a folder with dataset files is one dataset, exactly as
     * before regions existed (its subfolders are ignored).
     */
    public static List<Path> partnershipFolders(Path dir) {
        if (hasDatasetFiles(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).filter(RegionIngest::hasDatasetFiles)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static boolean hasDatasetFiles(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(p -> Files.isRegularFile(p)
                    && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
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
}

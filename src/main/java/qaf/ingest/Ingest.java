package qaf.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import qaf.store.Database;
import qaf.store.StoreTransaction;
import qaf.store.Table;
import qaf.store.UpsertOutcome;

/**
 * Loads a dataset folder (DATA-FORMAT.md) into the database in one transaction: read and check
 * every file, check the dataset as a whole against itself and the database, then upsert every row.
 * Any problem rejects the whole dataset before anything is written.
 *
 * <p>Where the contract leaves a choice, the ingest decides:
 * <ul>
 *   <li>every {@code .csv} file must be one of the contract's file names (matched regardless of
 *       case), since a misspelt name would silently lose its rows; files with other extensions and
 *       sub-folders are ignored, so a README may sit beside the data;</li>
 *   <li>cells are trimmed of surrounding white space (free text too) before anything else;</li>
 *   <li>blank lines and rows of empty cells are skipped; a header column without a name is
 *       tolerated while all its cells are empty; a row with fewer or more cells than the header is
 *       an error;</li>
 *   <li>an optional column left out of a file keeps the stored value of a row that already
 *       exists, while a blank cell in a present column clears it ({@link AbsentColumns});</li>
 *   <li>a blank optional boolean means no; a blank {@code team} in briefing_uses (a key column) is
 *       stored as the empty string;</li>
 *   <li>a blank pseudonym keeps the child's stored one, else takes the next unused letters.</li>
 * </ul>
 */
public final class Ingest {
    private Ingest() {
    }

    /**
     * Ingests the dataset in {@code datasetDir}.
     *
     * @throws IngestRejected listing every problem found; the database is then unchanged
     * @throws UncheckedIOException when the folder cannot be listed
     */
    public static IngestResult ingest(Path datasetDir, Database db) {
        List<Problem> problems = new ArrayList<>();
        Map<Table, Path> present = locate(datasetDir, problems);
        List<ParsedFile> parsed = new ArrayList<>();
        present.forEach((table, path) -> parsed.add(CsvFiles.read(DatasetFormat.byTable(table), path, problems)));
        return db.transaction(tx -> {
            AbsentColumns.fillFromStore(parsed, tx);
            new DatasetChecks(parsed, tx, problems).run();
            if (!problems.isEmpty()) {
                throw new IngestRejected(problems);
            }
            return write(parsed, tx);
        });
    }

    /**
     * Whether the database file exists and already holds a dataset, so {@code qaf build} knows if a
     * fresh checkout must load the sample data first. Never creates the file.
     */
    public static boolean databaseHasData(Path db) {
        return Database.hasData(db);
    }

    private static Map<Table, Path> locate(Path dir, List<Problem> problems) {
        Map<Table, Path> present = new EnumMap<>(Table.class);
        List<Path> csvFiles;
        try (Stream<Path> list = Files.list(dir)) {
            csvFiles = list.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the dataset folder " + dir, e);
        }
        for (Path path : csvFiles) {
            String name = path.getFileName().toString();
            var spec = DatasetFormat.byFileName(name);
            if (spec.isEmpty()) {
                problems.add(new Problem(name, 0, 0, "", "not a dataset file name — rename it to one of the files"
                        + " of the dataset format (e.g. chronology.csv) or move it out of the folder"));
            } else if (present.containsKey(spec.get().table())) {
                problems.add(new Problem(name, 0, 0, "", "a second file named "
                        + spec.get().fileName() + " (names differing only in case) — keep one"));
            } else {
                present.put(spec.get().table(), path);
            }
        }
        if (!present.containsKey(Table.AGENCIES)) {
            problems.add(new Problem(DatasetFormat.MANDATORY_FILE, 0, 0, "", "missing — every dataset needs "
                    + DatasetFormat.MANDATORY_FILE + " (code, name, sector of each agency)"));
        }
        return present;
    }

    private static IngestResult write(List<ParsedFile> parsed, StoreTransaction tx) {
        List<FileSummary> summaries = new ArrayList<>();
        for (ParsedFile file : parsed) {
            int[] outcomes = new int[UpsertOutcome.values().length];
            for (ParsedFile.Row row : file.rows()) {
                outcomes[tx.upsert(file.spec().table(), Arrays.asList(row.values())).ordinal()]++;
            }
            summaries.add(new FileSummary(file.name(), file.rows().size(), outcomes[UpsertOutcome.INSERTED.ordinal()],
                    outcomes[UpsertOutcome.UPDATED.ordinal()], outcomes[UpsertOutcome.UNCHANGED.ordinal()]));
        }
        return new IngestResult(summaries);
    }
}

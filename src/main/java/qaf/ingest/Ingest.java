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
        NarrativeFiles.read(datasetDir, problems).ifPresent(parsed::add);
        WorkbookFiles workbooks = WorkbookFiles.read(datasetDir, parsed, problems); // .xlsx and .docx beside the CSVs
        return db.transaction(tx -> {
            AbsentColumns.fillFromStore(parsed, tx);
            new DatasetChecks(parsed, tx, problems).run();
            if (!problems.isEmpty()) {
                throw new IngestRejected(workbooks.placed(problems));
            }
            return write(parsed, tx);
        });
    }

    /**
     * The partnership code a dataset gives in partnership.csv, for a region store, where it names
     * the partnership's database ({@code <code>.db}) and so is required. Reads nothing but
     * partnership.csv and writes nothing.
     *
     * @throws IngestRejected when partnership.csv is missing, breaks the contract, or gives no code
     */
    public static PartnershipCode partnershipCode(Path datasetDir) {
        List<Problem> problems = new ArrayList<>();
        FileSpec spec = DatasetFormat.byTable(Table.PARTNERSHIP);
        String why = " — in a region each partnership's dataset needs partnership.csv with a code column: the"
                + " partnership's short id (1 to 16 letters, digits or hyphens, e.g. KV), which names its database";
        Path file = locate(datasetDir, new ArrayList<>()).get(Table.PARTNERSHIP);
        if (file == null) {
            throw new IngestRejected(List.of(new Problem(spec.fileName(), 0, 0, "", "missing" + why)));
        }
        ParsedFile parsed = CsvFiles.read(spec, file, problems);
        int column = parsed.position("code");
        if (!problems.isEmpty()) {
            throw new IngestRejected(problems);
        }
        if (parsed.rows().size() != 1) {
            problems.add(new Problem(parsed.name(), 0, 0, "", "holds " + parsed.rows().size()
                    + " rows; partnership.csv holds exactly one row, the partnership's"));
        } else if (column == 0) {
            // The header is the first line that is not blank; CsvFiles does not say which, and it is line 1
            // in every file a spreadsheet writes.
            problems.add(new Problem(parsed.name(), 1, 0, "code", "missing column" + why));
        } else if (parsed.rows().get(0).values()[Table.PARTNERSHIP.indexOf("code")] == null) {
            problems.add(new Problem(parsed.name(), parsed.rows().get(0).line(), column, "code", "blank" + why));
        }
        if (!problems.isEmpty()) {
            throw new IngestRejected(problems);
        }
        ParsedFile.Row row = parsed.rows().get(0);
        return new PartnershipCode((String) row.values()[Table.PARTNERSHIP.indexOf("code")], parsed.name(), row.line(),
                column);
    }

    /**
     * A partnership's code and the cell it came from, so a problem with it (two partnerships with one
     * code) can be reported where it is.
     *
     * @param code upper-case, as stored
     */
    public record PartnershipCode(String code, String file, int line, int column) {
        /** A problem with this code, at its cell. */
        public Problem problem(String message) {
            return new Problem(file, line, column, "code", message);
        }
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

package qaf.ingest;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import qaf.store.StoreTransaction;
import qaf.store.Table;

/**
 * The checks that look beyond one cell: duplicate keys, references (resolved in the dataset first,
 * then in the database), the contract's conditional rules, and pseudonym assignment. Runs inside
 * the ingest's transaction so the database it consults is the one that will be written. The keys
 * and references are {@link KeyChecks}, the conditional rules {@link ConditionalChecks}, then the
 * date orders ({@link OrderChecks}) and the pseudonyms ({@link Pseudonyms}), in that order, which
 * is the order their problems are reported in.
 */
final class DatasetChecks {
    private final Map<Table, ParsedFile> files = new EnumMap<>(Table.class);
    private final StoreTransaction tx;
    private final List<Problem> problems;

    DatasetChecks(List<ParsedFile> parsed, StoreTransaction tx, List<Problem> problems) {
        parsed.forEach(f -> files.put(f.spec().table(), f));
        this.tx = tx;
        this.problems = problems;
    }

    void run() {
        KeyChecks keys = new KeyChecks(files, tx, this::problem);
        keys.run();
        new ConditionalChecks(files, tx, keys, this::problem).run();
        new OrderChecks(files, tx, this::problem).run();
        new Pseudonyms(files.get(Table.CHILDREN), tx, this::problem).assign();
    }

    /** Records a problem at a table column, reported at the CSV column that fills it. */
    void problem(ParsedFile file, int line, String dbColumn, String message) {
        String column = dbColumn.isEmpty()
                ? ""
                : file.spec().fieldFor(dbColumn).map(Field::name).orElse(dbColumn);
        problems.add(new Problem(file.name(), line, column.isEmpty() ? 0 : file.position(column), column, message));
    }
}

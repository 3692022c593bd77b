package qaf.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import qaf.store.StoreTransaction;
import qaf.store.Table;

/**
 * The dataset's keys and references: duplicate keys, keys that differ only in letter case, and
 * references resolved in the dataset first, then in the database (each stored key looked up once).
 */
final class KeyChecks {
    /** A reference from some columns of one table to the key of another. */
    private record Ref(Table from, List<String> columns, Table to) {
    }

    private static final List<Ref> REFS = List.of(
            new Ref(Table.AGENCIES, List.of("parent_code"), Table.AGENCIES),
            new Ref(Table.CASES, List.of("child_ref"), Table.CHILDREN),
            new Ref(Table.EVALUATION_CASES, List.of("evaluation_ref"), Table.EVALUATIONS),
            new Ref(Table.EVALUATION_CASES, List.of("case_ref"), Table.CASES),
            new Ref(Table.AGENCY_EVALUATIONS, List.of("evaluation_ref", "case_ref"), Table.EVALUATION_CASES),
            new Ref(Table.AGENCY_EVALUATIONS, List.of("agency_code"), Table.AGENCIES),
            new Ref(Table.CHRONOLOGY, List.of("case_ref"), Table.CASES),
            new Ref(Table.CHRONOLOGY, List.of("agency_code"), Table.AGENCIES),
            new Ref(Table.REVIEWS, List.of("child_ref"), Table.CHILDREN),
            new Ref(Table.REVIEWS, List.of("agency_code"), Table.AGENCIES),
            new Ref(Table.REVIEWS, List.of("follows_ref"), Table.REVIEWS),
            new Ref(Table.S11_RETURNS, List.of("agency_code"), Table.AGENCIES),
            new Ref(Table.S11_SCORES, List.of("cycle", "agency_code"), Table.S11_RETURNS),
            new Ref(Table.SCHOOL_AUDITS, List.of("agency_code"), Table.AGENCIES),
            new Ref(Table.SINGLE_AGENCY_AUDITS, List.of("agency_code"), Table.AGENCIES),
            new Ref(Table.ACTIONS, List.of("agency_code"), Table.AGENCIES),
            new Ref(Table.CLOSE_THE_LOOP, List.of("evaluation_ref", "case_ref", "agency_code"),
                    Table.AGENCY_EVALUATIONS),
            new Ref(Table.BRIEFING_SECTIONS, List.of("briefing_ref"), Table.BRIEFINGS),
            new Ref(Table.BRIEFING_USES, List.of("briefing_ref"), Table.BRIEFINGS),
            new Ref(Table.BRIEFING_USES, List.of("agency_code"), Table.AGENCIES),
            new Ref(Table.ATTENDANCE, List.of("event_ref"), Table.LEARNING_EVENTS),
            new Ref(Table.ATTENDANCE, List.of("agency_code"), Table.AGENCIES),
            new Ref(Table.EVENT_FEEDBACK, List.of("event_ref"), Table.LEARNING_EVENTS),
            new Ref(Table.EVENT_FEEDBACK, List.of("agency_code"), Table.AGENCIES));

    private final Map<Table, ParsedFile> files;
    private final StoreTransaction tx;
    private final OrderChecks.ProblemSink sink;
    private final Map<Table, Set<List<Object>>> datasetKeys = new EnumMap<>(Table.class);
    private final Map<Table, Map<List<Object>, Boolean>> storedKeys = new EnumMap<>(Table.class);

    KeyChecks(Map<Table, ParsedFile> files, StoreTransaction tx, OrderChecks.ProblemSink sink) {
        this.files = files;
        this.tx = tx;
        this.sink = sink;
    }

    /** Collects every file's keys (reporting duplicates), then checks every reference against them. */
    void run() {
        for (ParsedFile file : files.values()) {
            collectKeys(file);
        }
        for (Ref ref : REFS) {
            ParsedFile file = files.get(ref.from());
            if (file != null) {
                references(file, ref);
            }
        }
    }

    private void collectKeys(ParsedFile file) {
        Table table = file.spec().table();
        Map<List<Object>, Integer> firstLine = new HashMap<>();
        Map<List<Object>, Integer> firstLineIgnoringCase = new HashMap<>();
        Map<List<Object>, List<Object>> storedIgnoringCase = null;
        for (ParsedFile.Row row : file.rows()) {
            List<Object> key = values(table, row, table.keyColumns());
            if (key.contains(null)) {
                continue;
            }
            Integer first = firstLine.putIfAbsent(key, row.line());
            Integer sameLetters = firstLineIgnoringCase.putIfAbsent(folded(key), row.line());
            if (first == null && sameLetters != null) {
                caseClash(file, row.line(), key, "the key on line " + sameLetters);
                continue;
            }
            if (first == null) {
                if (storedIgnoringCase == null) {
                    storedIgnoringCase = new HashMap<>();
                    for (List<Object> stored : tx.keys(table)) {
                        storedIgnoringCase.put(folded(stored), stored);
                    }
                }
                List<Object> stored = storedIgnoringCase.get(folded(key));
                if (stored != null && !stored.equals(key)) {
                    caseClash(file, row.line(), key, "a key the database already holds");
                }
                continue;
            }
            if (table == Table.PARTNERSHIP) {
                sink.problem(file, row.line(), "",
                        "partnership.csv holds exactly one row; this is a second one — remove it");
            } else {
                String keyColumn = table.keyColumns().get(0);
                String which = DatasetFormat.isPersonal(file.spec()) ? String.join(" + ", table.keyColumns())
                        : describe(table.keyColumns(), key);
                sink.problem(file, row.line(), keyColumn, "duplicate key " + which + ", first on line " + first
                        + " — remove or merge one of the two rows");
            }
        }
        datasetKeys.put(table, firstLine.keySet());
    }

    /**
     * Keys name files, and the file systems partnerships share documents on ignore letter case: two
     * keys that differ only in case would write one file over the other.
     */
    private void caseClash(ParsedFile file, int line, List<Object> key, String other) {
        Table table = file.spec().table();
        String which = DatasetFormat.isPersonal(file.spec()) ? "the " + String.join(" + ", table.keyColumns())
                : "key " + describe(table.keyColumns(), key);
        sink.problem(file, line, table.keyColumns().get(0), which + " differs only in letter case from " + other
                + ", and keys name files on systems that ignore case — write both the same way, or make them differ"
                + " in more than case");
    }

    /** The key with its text in lower case, to compare keys as a case-blind file system does. */
    private static List<Object> folded(List<Object> key) {
        return key.stream().map(v -> v instanceof String s ? (Object) s.toLowerCase(Locale.ROOT) : v).toList();
    }

    private void references(ParsedFile file, Ref ref) {
        for (ParsedFile.Row row : file.rows()) {
            List<Object> key = values(ref.from(), row, ref.columns());
            if (key.contains(null) || resolves(ref.to(), key) || headerless(ref.to())) {
                continue;
            }
            String target = DatasetFormat.byTable(ref.to()).fileName();
            String message = ref.columns().size() == 1
                    ? "unknown " + ref.columns().get(0) + " " + Cells.quote(key.get(0).toString()) + " — it is in neither "
                            + target + " nor the database; add it to " + target + " or correct the ref"
                    : "no row of " + target + " has " + describe(ref.columns(), key)
                            + ", in this dataset or the database — add that row to " + target + " or correct the refs";
            sink.problem(file, row.line(), ref.columns().get(0), message);
        }
    }

    /** The file for {@code table} is in the dataset without a header row, already reported. */
    private boolean headerless(Table table) {
        ParsedFile file = files.get(table);
        return file != null && file.headerless();
    }

    /** Whether {@code key} is a key of {@code table} in the dataset or the database. */
    boolean resolves(Table table, List<Object> key) {
        if (datasetKeys.getOrDefault(table, Set.of()).contains(key)) {
            return true;
        }
        return storedKeys.computeIfAbsent(table, t -> new HashMap<>())
                .computeIfAbsent(key, k -> tx.exists(table, k));
    }

    private static List<Object> values(Table table, ParsedFile.Row row, List<String> columns) {
        Object[] key = new Object[columns.size()];
        for (int i = 0; i < key.length; i++) {
            key[i] = row.values()[table.indexOf(columns.get(i))];
        }
        return Arrays.asList(key);
    }

    private static String describe(List<String> columns, List<Object> values) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Object v = values.get(i);
            parts.add(columns.get(i) + " " + (v instanceof String s ? Cells.quote(s) : Objects.toString(v)));
        }
        return parts.stream().collect(Collectors.joining(", ", "(", ")"));
    }
}

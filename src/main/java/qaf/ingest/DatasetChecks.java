package qaf.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import qaf.store.StoreTransaction;
import qaf.store.Table;

/**
 * The checks that look beyond one cell: duplicate keys, references (resolved in the dataset first,
 * then in the database), the contract's conditional rules, and pseudonym assignment. Runs inside
 * the ingest's transaction so the database it consults is the one that will be written.
 */
final class DatasetChecks {
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

    private final Map<Table, ParsedFile> files = new EnumMap<>(Table.class);
    private final StoreTransaction tx;
    private final List<Problem> problems;
    private final Map<Table, Set<List<Object>>> datasetKeys = new EnumMap<>(Table.class);
    private final Map<Table, Map<List<Object>, Boolean>> storedKeys = new EnumMap<>(Table.class);
    private final Map<String, Set<Object>> datasetValues = new HashMap<>();

    DatasetChecks(List<ParsedFile> parsed, StoreTransaction tx, List<Problem> problems) {
        parsed.forEach(f -> files.put(f.spec().table(), f));
        this.tx = tx;
        this.problems = problems;
    }

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
        regrades();
        completedActions();
        actionSources();
        briefingSources();
        learningEventSources();
        schoolsAreEducation();
        new OrderChecks(files, tx, this::problem).run();
        new Pseudonyms(files.get(Table.CHILDREN), tx, this::problem).assign();
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
                problem(file, row.line(), "", "partnership.csv holds exactly one row; this is a second one — remove it");
            } else {
                String keyColumn = table.keyColumns().get(0);
                String which = DatasetFormat.isPersonal(file.spec()) ? String.join(" + ", table.keyColumns())
                        : describe(table.keyColumns(), key);
                problem(file, row.line(), keyColumn, "duplicate key " + which + ", first on line " + first
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
        problem(file, line, table.keyColumns().get(0), which + " differs only in letter case from " + other
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
            problem(file, row.line(), ref.columns().get(0), message);
        }
    }

    private void regrades() {
        forCompleteRows(Table.AGENCY_EVALUATIONS, (file, row) -> {
            Object self = value(file, row, "self_grade");
            Object panel = value(file, row, "panel_grade");
            if (panel != null && !panel.equals(self) && value(file, row, "regrade_rationale") == null) {
                problem(file, row.line(), "regrade_rationale", "required when panel_grade differs from self_grade"
                        + " — record why the panel changed the grade");
            }
        });
    }

    private void completedActions() {
        forCompleteRows(Table.ACTIONS, (file, row) -> {
            if ("complete".equals(value(file, row, "status")) && value(file, row, "completed_on") == null) {
                problem(file, row.line(), "completed_on", "required when status is complete — give the date the"
                        + " action was completed");
            }
        });
    }

    private void actionSources() {
        forCompleteRows(Table.ACTIONS, (file, row) -> {
            String kind = (String) value(file, row, "source_kind");
            String ref = (String) value(file, row, "source_ref");
            String missing = switch (kind) {
                case "evaluation" -> keyMissing(Table.EVALUATIONS, ref);
                case "case" -> keyMissing(Table.CASES, ref);
                case "review" -> keyMissing(Table.REVIEWS, ref);
                case "s11" -> valueMissing(Table.S11_RETURNS, "cycle", ref);
                case "school-audit" -> valueMissing(Table.SCHOOL_AUDITS, "cycle", ref);
                case "single-agency-audit" -> valueMissing(Table.SINGLE_AGENCY_AUDITS, "year", ref);
                default -> null; // thematic: the ref names a theme, not a row
            };
            if (missing != null) {
                problem(file, row.line(), "source_ref", "source_kind " + kind + " but source_ref " + Cells.quote(ref)
                        + " " + missing);
            }
        });
    }

    private void briefingSources() {
        forCompleteRows(Table.BRIEFINGS, (file, row) -> {
            String kind = (String) value(file, row, "source_kind");
            String ref = (String) value(file, row, "source_ref");
            if (kind == null) {
                if (ref != null) {
                    problem(file, row.line(), "source_kind", "required when source_ref is given — use one of: "
                            + String.join(", ", DatasetFormat.BRIEFING_SOURCE));
                }
                return;
            }
            if (ref == null) {
                if (!kind.equals("theme")) {
                    problem(file, row.line(), "source_ref", "required when source_kind is " + kind
                            + " — give the " + kind + " ref");
                }
                return;
            }
            String missing = switch (kind) {
                case "evaluation" -> keyMissing(Table.EVALUATIONS, ref);
                case "review" -> keyMissing(Table.REVIEWS, ref);
                default -> null;
            };
            if (missing != null) {
                problem(file, row.line(), "source_ref", "source_kind " + kind + " but source_ref " + Cells.quote(ref)
                        + " " + missing);
            }
        });
    }

    private void learningEventSources() {
        forCompleteRows(Table.LEARNING_EVENTS, (file, row) -> {
            String ref = (String) value(file, row, "source_ref");
            if (ref != null && keyMissing(Table.REVIEWS, ref) != null && keyMissing(Table.EVALUATIONS, ref) != null) {
                problem(file, row.line(), "source_ref", "unknown source_ref " + Cells.quote(ref) + " — it is neither a"
                        + " review_ref nor an evaluation_ref in this dataset or the database; correct it or leave it"
                        + " blank");
            }
        });
    }

    private void schoolsAreEducation() {
        ParsedFile agencies = files.get(Table.AGENCIES);
        Map<String, String> sectors = new HashMap<>();
        if (agencies != null) {
            for (ParsedFile.Row row : agencies.rows()) {
                sectors.put((String) value(agencies, row, "code"), (String) value(agencies, row, "sector"));
            }
        }
        forCompleteRows(Table.SCHOOL_AUDITS, (file, row) -> {
            String code = (String) value(file, row, "agency_code");
            String sector = sectors.containsKey(code)
                    ? sectors.get(code)
                    : tx.find(Table.AGENCIES, List.of(code))
                            .map(r -> (String) r.get(Table.AGENCIES.indexOf("sector")))
                            .orElse(null);
            if (sector != null && !sector.equals("education")) {
                problem(file, row.line(), "agency_code", "agency " + Cells.quote(code) + " has sector " + sector
                        + ", but school audits are for schools — give the school's agency_code, or sector education"
                        + " to the agency");
            }
        });
    }

    private String keyMissing(Table table, String ref) {
        if (resolves(table, List.of(ref))) {
            return null;
        }
        return "is in neither " + DatasetFormat.byTable(table).fileName() + " nor the database — correct the ref";
    }

    private String valueMissing(Table table, String column, String value) {
        Set<Object> inDataset = datasetValues.computeIfAbsent(table.sqlName() + "." + column, k -> {
            Set<Object> set = new HashSet<>();
            ParsedFile file = files.get(table);
            if (file != null) {
                file.rows().forEach(r -> set.add(r.values()[table.indexOf(column)]));
            }
            return set;
        });
        if (inDataset.contains(value) || tx.existsWhere(table, column, value)) {
            return null;
        }
        return "matches no " + column + " in " + DatasetFormat.byTable(table).fileName()
                + " nor the database — correct the ref";
    }

    /** The file for {@code table} is in the dataset without a header row, already reported. */
    private boolean headerless(Table table) {
        ParsedFile file = files.get(table);
        return file != null && file.headerless();
    }

    private boolean resolves(Table table, List<Object> key) {
        if (datasetKeys.getOrDefault(table, Set.of()).contains(key)) {
            return true;
        }
        return storedKeys.computeIfAbsent(table, t -> new HashMap<>())
                .computeIfAbsent(key, k -> tx.exists(table, k));
    }

    private void forCompleteRows(Table table, RowCheck check) {
        ParsedFile file = files.get(table);
        if (file == null) {
            return;
        }
        for (ParsedFile.Row row : file.rows()) {
            if (row.complete()) {
                check.check(file, row);
            }
        }
    }

    private interface RowCheck {
        void check(ParsedFile file, ParsedFile.Row row);
    }

    private static Object value(ParsedFile file, ParsedFile.Row row, String column) {
        return row.values()[file.spec().table().indexOf(column)];
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

    /** Records a problem at a table column, reported at the CSV column that fills it. */
    void problem(ParsedFile file, int line, String dbColumn, String message) {
        String column = dbColumn.isEmpty()
                ? ""
                : file.spec().fieldFor(dbColumn).map(Field::name).orElse(dbColumn);
        problems.add(new Problem(file.name(), line, column.isEmpty() ? 0 : file.position(column), column, message));
    }
}

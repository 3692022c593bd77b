package qaf.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import qaf.store.StoreTransaction;
import qaf.store.Table;

/**
 * The contract's conditional rules, each on a dataset's complete rows: a regrade needs a rationale,
 * a complete action a date, a source ref must name a row of its source kind, school audits are for
 * schools. References go through {@link KeyChecks}, so a key is looked up in the database once.
 */
final class ConditionalChecks {
    private final Map<Table, ParsedFile> files;
    private final StoreTransaction tx;
    private final KeyChecks keys;
    private final OrderChecks.ProblemSink sink;
    private final Map<String, Set<Object>> datasetValues = new HashMap<>();

    ConditionalChecks(Map<Table, ParsedFile> files, StoreTransaction tx, KeyChecks keys,
            OrderChecks.ProblemSink sink) {
        this.files = files;
        this.tx = tx;
        this.keys = keys;
        this.sink = sink;
    }

    void run() {
        regrades();
        completedActions();
        actionSources();
        briefingSources();
        learningEventSources();
        schoolsAreEducation();
    }

    private void regrades() {
        forCompleteRows(Table.AGENCY_EVALUATIONS, (file, row) -> {
            Object self = value(file, row, "self_grade");
            Object panel = value(file, row, "panel_grade");
            if (panel != null && !panel.equals(self) && value(file, row, "regrade_rationale") == null) {
                sink.problem(file, row.line(), "regrade_rationale", "required when panel_grade differs from self_grade"
                        + " — record why the panel changed the grade");
            }
        });
    }

    private void completedActions() {
        forCompleteRows(Table.ACTIONS, (file, row) -> {
            if ("complete".equals(value(file, row, "status")) && value(file, row, "completed_on") == null) {
                sink.problem(file, row.line(), "completed_on", "required when status is complete — give the date the"
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
                sink.problem(file, row.line(), "source_ref", "source_kind " + kind + " but source_ref "
                        + Cells.quote(ref) + " " + missing);
            }
        });
    }

    private void briefingSources() {
        forCompleteRows(Table.BRIEFINGS, (file, row) -> {
            String kind = (String) value(file, row, "source_kind");
            String ref = (String) value(file, row, "source_ref");
            if (kind == null) {
                if (ref != null) {
                    sink.problem(file, row.line(), "source_kind", "required when source_ref is given — use one of: "
                            + String.join(", ", DatasetFormat.BRIEFING_SOURCE));
                }
                return;
            }
            if (ref == null) {
                if (!kind.equals("theme")) {
                    sink.problem(file, row.line(), "source_ref", "required when source_kind is " + kind
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
                sink.problem(file, row.line(), "source_ref", "source_kind " + kind + " but source_ref "
                        + Cells.quote(ref) + " " + missing);
            }
        });
    }

    private void learningEventSources() {
        forCompleteRows(Table.LEARNING_EVENTS, (file, row) -> {
            String ref = (String) value(file, row, "source_ref");
            if (ref != null && keyMissing(Table.REVIEWS, ref) != null && keyMissing(Table.EVALUATIONS, ref) != null) {
                sink.problem(file, row.line(), "source_ref", "unknown source_ref " + Cells.quote(ref)
                        + " — it is neither a review_ref nor an evaluation_ref in this dataset or the database;"
                        + " correct it or leave it blank");
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
                sink.problem(file, row.line(), "agency_code", "agency " + Cells.quote(code) + " has sector " + sector
                        + ", but school audits are for schools — give the school's agency_code, or sector education"
                        + " to the agency");
            }
        });
    }

    private String keyMissing(Table table, String ref) {
        if (keys.resolves(table, List.of(ref))) {
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
}

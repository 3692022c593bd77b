package qaf.generate;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import qaf.calendar.StrictDates;

/**
 * The rules of DATA-FORMAT.md, written out again for the tests, independently of the generator,
 * so that a generator bug cannot hide behind its own idea of the contract. Collects every
 * problem as {@code file:line: message} rather than stopping at the first.
 */
final class ContractCheck {
    private static final Set<String> GRADE = Set.of("outstanding", "good", "requires-improvement", "inadequate");
    private static final Set<String> BOOL = Set.of("yes", "no", "y", "n", "true", "false");

    /** How a column's cells are checked. */
    enum Type { TEXT, SHORT_CODE, DATE, CHRONO_DATE, TIME, BOOL, GRADE, INT, ENUM }

    /**
     * Optional columns the contract gained after the committed sample was written: a file may leave
     * them out (the sample's partnership.csv has no code), where every other column must be there.
     */
    /** Optional columns (DATA-FORMAT.md Version 2) a dataset may leave out of its header altogether. */
    private static final Set<String> MAY_BE_LEFT_OUT = Set.of("partnership.csv:code", "reviews.csv:follows_ref");

    record Column(String name, boolean required, Type type, Set<String> values, int min, int max) {
        static Column text(String name, boolean required) {
            return new Column(name, required, Type.TEXT, Set.of(), 0, 0);
        }

        static Column of(String name, boolean required, Type type) {
            return new Column(name, required, type, Set.of(), 0, 0);
        }

        static Column oneOf(String name, boolean required, String... values) {
            return new Column(name, required, Type.ENUM, Set.of(values), 0, 0);
        }

        static Column number(String name, boolean required, int min, int max) {
            return new Column(name, required, Type.INT, Set.of(), min, max);
        }
    }

    record FileSpec(String file, List<String> key, List<Column> columns) {
    }

    static final List<FileSpec> SPECS = List.of(
            new FileSpec("partnership.csv", List.of("name"), List.of(Column.text("name", true),
                    Column.text("short_name", true), Column.text("area", true),
                    Column.oneOf("bank_holidays", false, "england-and-wales", "scotland", "northern-ireland"),
                    Column.number("year_start_month", false, 1, 12), Column.of("code", false, Type.SHORT_CODE))),
            new FileSpec("agencies.csv", List.of("code"), List.of(Column.text("code", true), Column.text("name", true),
                    Column.oneOf("sector", true, "police", "social-care", "health", "education", "probation",
                            "youth-justice", "housing", "early-help", "voluntary", "other"),
                    Column.text("parent_code", false), Column.text("lead_person", false))),
            new FileSpec("children.csv", List.of("child_ref"), List.of(Column.text("child_ref", true),
                    Column.text("given_name", true), Column.text("family_name", true),
                    Column.of("date_of_birth", true, Type.DATE), Column.text("gender", false),
                    Column.text("ethnicity", false), Column.text("religion", false), Column.text("pseudonym", false))),
            new FileSpec("cases.csv", List.of("case_ref"), List.of(Column.text("case_ref", true),
                    Column.text("child_ref", true),
                    Column.oneOf("case_type", true, "early-help", "assessment", "cin", "cp", "cic", "care-leaver",
                            "adoption"),
                    Column.of("opened_on", true, Type.DATE), Column.of("closed_on", false, Type.DATE),
                    Column.text("case_worker", false), Column.text("supervising_manager", false),
                    Column.text("team", false))),
            new FileSpec("evaluations.csv", List.of("evaluation_ref"), List.of(Column.text("evaluation_ref", true),
                    Column.oneOf("kind", true, "full", "condensed"), Column.text("theme", true),
                    Column.of("starts_on", true, Type.DATE), Column.of("panel_on", true, Type.DATE),
                    Column.text("chair", false), Column.of("cases_sent_on", false, Type.DATE),
                    Column.of("chronologies_due", false, Type.DATE), Column.of("evaluations_due", false, Type.DATE),
                    Column.of("health_evaluations_due", false, Type.DATE), Column.of("overview_due", false, Type.DATE),
                    Column.of("independent_overview_due", false, Type.DATE),
                    Column.of("briefings_due", false, Type.DATE))),
            new FileSpec("evaluation_cases.csv", List.of("evaluation_ref", "case_ref"), List.of(
                    Column.text("evaluation_ref", true), Column.text("case_ref", true),
                    Column.of("partnership_grade", false, Type.GRADE),
                    Column.oneOf("child_voice", false, "evidenced", "partly", "not-evidenced"),
                    Column.text("summary", false), Column.text("strengths", false),
                    Column.text("improvements", false))),
            new FileSpec("agency_evaluations.csv", List.of("evaluation_ref", "case_ref", "agency_code"), List.of(
                    Column.text("evaluation_ref", true), Column.text("case_ref", true),
                    Column.text("agency_code", true), Column.of("self_grade", true, Type.GRADE),
                    Column.of("panel_grade", false, Type.GRADE), Column.text("regrade_rationale", false),
                    Column.of("chronology_submitted_on", false, Type.DATE),
                    Column.of("evaluation_submitted_on", false, Type.DATE), Column.text("strengths", false),
                    Column.text("improvements", false))),
            new FileSpec("chronology.csv", List.of("case_ref", "agency_code", "entry_ref"), List.of(
                    Column.text("case_ref", true), Column.text("agency_code", true), Column.text("entry_ref", true),
                    Column.of("date", true, Type.CHRONO_DATE), Column.of("time", false, Type.TIME),
                    Column.of("approximate", false, Type.BOOL), Column.text("event", true),
                    Column.text("source", true), Column.text("child_voice", false), Column.text("action", false),
                    Column.oneOf("impact", false, "positive", "negative", "neutral"),
                    Column.of("key_event", false, Type.BOOL))),
            new FileSpec("actions.csv", List.of("action_ref"), List.of(Column.text("action_ref", true),
                    Column.oneOf("source_kind", true, "evaluation", "case", "review", "s11", "school-audit",
                            "single-agency-audit", "thematic"),
                    Column.text("source_ref", true), Column.text("agency_code", false),
                    Column.text("description", true), Column.of("agreed_on", true, Type.DATE),
                    Column.of("due_on", true, Type.DATE),
                    Column.oneOf("status", true, "open", "in-progress", "complete", "cancelled"),
                    Column.of("completed_on", false, Type.DATE), Column.text("evidence", false),
                    Column.text("impact", false))),
            new FileSpec("close_the_loop.csv", List.of("evaluation_ref", "case_ref", "agency_code"), List.of(
                    Column.text("evaluation_ref", true), Column.text("case_ref", true),
                    Column.text("agency_code", true), Column.text("lead_person", true),
                    Column.of("returned_on", true, Type.DATE), Column.of("worker_notified", true, Type.BOOL),
                    Column.text("present", false), Column.text("overview", false), Column.text("reflections", false),
                    Column.text("learning", false), Column.text("actions", false))),
            new FileSpec("reviews.csv", List.of("review_ref"), List.of(Column.text("review_ref", true),
                    Column.oneOf("type", true, "scr", "lcspr", "rapid-review", "macr", "single-agency-review",
                            "child-death-review"),
                    Column.text("child_ref", false), Column.text("agency_code", false),
                    Column.text("criterion", false), Column.of("incident_on", false, Type.DATE),
                    Column.of("aware_on", true, Type.DATE), Column.of("notified_on", false, Type.DATE),
                    Column.of("decision_on", false, Type.DATE),
                    Column.oneOf("decision", false, "initiate", "not-initiated", "pending"),
                    Column.of("letter_on", false, Type.DATE), Column.text("reviewer", false),
                    Column.of("started_on", false, Type.DATE), Column.of("completed_on", false, Type.DATE),
                    Column.of("published_on", false, Type.DATE), Column.text("summary", false),
                    Column.text("learning", false), Column.text("follows_ref", false))),
            new FileSpec("s11_returns.csv", List.of("cycle", "agency_code"), List.of(Column.text("cycle", true),
                    Column.text("agency_code", true), Column.of("opened_on", true, Type.DATE),
                    Column.of("due_on", true, Type.DATE), Column.of("submitted_on", false, Type.DATE),
                    Column.of("moderation", false, Type.BOOL))),
            new FileSpec("s11_scores.csv", List.of("cycle", "agency_code", "standard"), List.of(
                    Column.text("cycle", true), Column.text("agency_code", true), Column.number("standard", true, 1, 8),
                    Column.number("self_score", true, 0, 3), Column.number("moderated_score", false, 0, 3),
                    Column.text("evidence", false), Column.text("improvement", false),
                    Column.of("deadline", false, Type.DATE))),
            new FileSpec("school_audits.csv", List.of("cycle", "agency_code", "area"), List.of(
                    Column.text("cycle", true), Column.text("agency_code", true), Column.number("area", true, 1, 14),
                    Column.oneOf("rating", true, "red", "amber", "green"), Column.of("submitted_on", false, Type.DATE),
                    Column.text("action", false))),
            new FileSpec("single_agency_audits.csv", List.of("year", "agency_code"), List.of(
                    Column.text("year", true), Column.text("agency_code", true),
                    Column.of("submitted_on", false, Type.DATE), Column.text("audit_activity", false),
                    Column.text("performance_information", false), Column.text("executive_summary", false),
                    Column.text("outcomes", false), Column.text("board_message", false),
                    Column.text("recommendations", false),
                    Column.oneOf("how_actioned", false, "author-attending", "discussion", "presentation", "workshop",
                            "circulate"))),
            new FileSpec("briefings.csv", List.of("briefing_ref"), List.of(Column.text("briefing_ref", true),
                    Column.text("title", true), Column.oneOf("source_kind", false, "evaluation", "review", "theme"),
                    Column.text("source_ref", false), Column.of("published_on", false, Type.DATE))),
            new FileSpec("briefing_sections.csv", List.of("briefing_ref", "number"), List.of(
                    Column.text("briefing_ref", true), Column.number("number", true, 1, 7),
                    Column.text("heading", true), Column.text("text", true))),
            new FileSpec("briefing_uses.csv", List.of("briefing_ref", "agency_code", "delivered_on", "team"), List.of(
                    Column.text("briefing_ref", true), Column.text("agency_code", true),
                    Column.of("delivered_on", true, Type.DATE), Column.text("team", false),
                    Column.number("attendees", true, 0, 100_000), Column.text("actions_agreed", false))),
            new FileSpec("learning_events.csv", List.of("event_ref"), List.of(Column.text("event_ref", true),
                    Column.oneOf("kind", true, "briefing-session", "course", "conference", "webinar"),
                    Column.text("title", true), Column.text("theme", false), Column.of("held_on", true, Type.DATE),
                    Column.text("source_ref", false))),
            new FileSpec("attendance.csv", List.of("event_ref", "agency_code"), List.of(Column.text("event_ref", true),
                    Column.text("agency_code", true), Column.number("attendees", true, 0, 100_000))),
            new FileSpec("event_feedback.csv", List.of("event_ref", "respondent_ref"), List.of(
                    Column.text("event_ref", true), Column.text("respondent_ref", true),
                    Column.text("agency_code", false), Column.number("rating", true, 1, 5),
                    Column.number("confidence_before", false, 1, 5), Column.number("confidence_after", false, 1, 5),
                    Column.text("comment", false))),
            new FileSpec("programme.csv", List.of("process", "cycle"), List.of(
                    Column.oneOf("process", true, "s11", "school-audit", "single-agency-audit", "annual-review"),
                    Column.text("cycle", true), Column.of("starts_on", true, Type.DATE),
                    Column.of("due_on", true, Type.DATE), Column.text("notes", false))));

    /** Where a reference column must point: file and key column of the target. */
    private static final Map<String, String[]> REFERENCES = Map.of(
            "agency_code", new String[] {"agencies.csv", "code"},
            "parent_code", new String[] {"agencies.csv", "code"},
            "child_ref", new String[] {"children.csv", "child_ref"},
            "case_ref", new String[] {"cases.csv", "case_ref"},
            "evaluation_ref", new String[] {"evaluations.csv", "evaluation_ref"},
            "event_ref", new String[] {"learning_events.csv", "event_ref"},
            "briefing_ref", new String[] {"briefings.csv", "briefing_ref"});

    private final Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private ContractCheck() {
    }

    /** Reads every contract file in {@code dir} and checks it; returns the problems found (empty = valid). */
    static ContractCheck of(Path dir) {
        ContractCheck check = new ContractCheck();
        for (FileSpec spec : SPECS) {
            check.readAndCheck(dir, spec);
        }
        check.checkReferences();
        check.checkRules();
        return check;
    }

    List<String> problems() {
        return problems;
    }

    List<Map<String, String>> rows(String file) {
        return rows.getOrDefault(file, List.of());
    }

    private void readAndCheck(Path dir, FileSpec spec) {
        Path file = dir.resolve(spec.file());
        if (!Files.exists(file)) {
            problems.add(spec.file() + ": missing");
            return;
        }
        List<Map<String, String>> list = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames();
            List<String> expected = spec.columns().stream().map(Column::name)
                    .filter(c -> header.contains(c) || !MAY_BE_LEFT_OUT.contains(spec.file() + ":" + c)).toList();
            if (!header.equals(expected)) {
                problems.add(spec.file() + ": header " + header + " is not the contract's " + expected);
                return;
            }
            Set<List<String>> keys = new HashSet<>();
            for (CSVRecord record : parser) {
                Map<String, String> row = new HashMap<>();
                String where = spec.file() + ":" + (record.getRecordNumber() + 1);
                if (record.size() != header.size()) {
                    problems.add(where + ": " + record.size() + " cells, header has " + header.size());
                    continue;
                }
                for (Column c : spec.columns()) {
                    String cell = header.contains(c.name()) ? record.get(c.name()) : "";
                    row.put(c.name(), cell);
                    checkCell(where + ":" + c.name(), c, cell);
                }
                List<String> key = spec.key().stream().map(k -> row.get(k).strip().toLowerCase(Locale.ROOT)).toList();
                if (!keys.add(key)) {
                    problems.add(where + ": duplicate key " + key);
                }
                list.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows.put(spec.file(), list);
    }

    private void checkCell(String where, Column c, String cell) {
        if (cell.length() > 32_000) {
            problems.add(where + ": cell longer than 32,000 characters");
        }
        String v = cell.strip();
        if (v.isEmpty()) {
            if (c.required()) {
                problems.add(where + ": required value missing");
            }
            return;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        try {
            switch (c.type()) {
                case DATE -> StrictDates.parse(v);
                case CHRONO_DATE -> StrictDates.parsePartial(v);
                case TIME -> {
                    if (!v.matches("([01]\\d|2[0-3]):[0-5]\\d")) {
                        problems.add(where + ": not a hh:mm time");
                    }
                }
                case BOOL -> {
                    if (!BOOL.contains(lower)) {
                        problems.add(where + ": not a boolean");
                    }
                }
                case GRADE -> {
                    if (!GRADE.contains(lower)) {
                        problems.add(where + ": not a grade");
                    }
                }
                case ENUM -> {
                    if (!c.values().contains(lower)) {
                        problems.add(where + ": '" + v + "' is not one of " + c.values());
                    }
                }
                case INT -> {
                    int n = Integer.parseInt(v);
                    if (n < c.min() || n > c.max()) {
                        problems.add(where + ": " + n + " out of range " + c.min() + "-" + c.max());
                    }
                }
                case SHORT_CODE -> {
                    if (!v.matches("[A-Za-z0-9-]{1,16}")) {
                        problems.add(where + ": '" + v + "' is not 1 to 16 letters, digits or hyphens");
                    }
                }
                case TEXT -> {
                }
            }
        } catch (DateTimeException e) {
            problems.add(where + ": " + e.getMessage());
        } catch (NumberFormatException e) {
            problems.add(where + ": not an integer");
        }
    }

    private Set<String> keysOf(String file, String column) {
        Set<String> out = new HashSet<>();
        for (Map<String, String> row : rows(file)) {
            out.add(row.get(column));
        }
        return out;
    }

    private void checkReferences() {
        for (FileSpec spec : SPECS) {
            for (Map<String, String> row : rows(spec.file())) {
                for (Column c : spec.columns()) {
                    String[] target = REFERENCES.get(c.name());
                    String v = row.get(c.name());
                    if (target == null || v.isBlank() || spec.file().equals(target[0]) && !c.name().equals("parent_code")) {
                        continue;
                    }
                    if (!keysOf(target[0], target[1]).contains(v)) {
                        problems.add(spec.file() + ": " + c.name() + " '" + v + "' does not resolve");
                    }
                }
            }
        }
        // An action's source ref points at the kind of thing its source kind names.
        Set<String> cycles = new HashSet<>(keysOf("s11_returns.csv", "cycle"));
        cycles.addAll(keysOf("school_audits.csv", "cycle"));
        for (Map<String, String> a : rows("actions.csv")) {
            String ref = a.get("source_ref");
            boolean ok = switch (a.get("source_kind")) {
                case "evaluation", "thematic" -> keysOf("evaluations.csv", "evaluation_ref").contains(ref);
                case "case" -> keysOf("cases.csv", "case_ref").contains(ref);
                case "review" -> keysOf("reviews.csv", "review_ref").contains(ref);
                case "s11" -> keysOf("s11_returns.csv", "cycle").contains(ref);
                case "school-audit" -> keysOf("school_audits.csv", "cycle").contains(ref);
                case "single-agency-audit" -> keysOf("single_agency_audits.csv", "year").contains(ref);
                default -> false;
            };
            if (!ok) {
                problems.add("actions.csv: " + a.get("action_ref") + " source_ref '" + ref + "' does not resolve");
            }
        }
        // A review's follows_ref names another review of the dataset (DATA-FORMAT.md Version 2).
        for (Map<String, String> r : rows("reviews.csv")) {
            String follows = r.get("follows_ref");
            if (follows != null && !follows.isEmpty() && (follows.equals(r.get("review_ref"))
                    || !keysOf("reviews.csv", "review_ref").contains(follows))) {
                problems.add("reviews.csv: " + r.get("review_ref") + " follows_ref '" + follows + "' does not resolve");
            }
        }
        for (Map<String, String> b : rows("briefings.csv")) {
            String kind = b.get("source_kind");
            String ref = b.get("source_ref");
            if (kind.equals("evaluation") && !keysOf("evaluations.csv", "evaluation_ref").contains(ref)
                    || kind.equals("review") && !keysOf("reviews.csv", "review_ref").contains(ref)) {
                problems.add("briefings.csv: " + b.get("briefing_ref") + " source_ref does not resolve");
            }
        }
    }

    private void checkRules() {
        for (Map<String, String> r : rows("agency_evaluations.csv")) {
            String panel = r.get("panel_grade").strip();
            if (!panel.isEmpty() && !panel.equalsIgnoreCase(r.get("self_grade").strip())
                    && r.get("regrade_rationale").isBlank()) {
                problems.add("agency_evaluations.csv: regrade without rationale for " + r.get("case_ref") + "/"
                        + r.get("agency_code"));
            }
        }
        for (Map<String, String> a : rows("actions.csv")) {
            if (a.get("status").equals("complete") && a.get("completed_on").isBlank()) {
                problems.add("actions.csv: " + a.get("action_ref") + " complete without completed_on");
            }
        }
    }
}

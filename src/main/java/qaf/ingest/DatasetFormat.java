package qaf.ingest;

import static qaf.ingest.Field.optional;
import static qaf.ingest.Field.optionalEnum;
import static qaf.ingest.Field.optionalEnumList;
import static qaf.ingest.Field.optionalInt;
import static qaf.ingest.Field.required;
import static qaf.ingest.Field.requiredEnum;
import static qaf.ingest.Field.requiredInt;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import qaf.analysis.audit.ActionSource;
import qaf.analysis.audit.ActionStatus;
import qaf.analysis.audit.HowActioned;
import qaf.analysis.audit.Rag;
import qaf.analysis.evaluation.CaseType;
import qaf.analysis.evaluation.ChildVoice;
import qaf.analysis.evaluation.Grade;
import qaf.analysis.review.Decision;
import qaf.analysis.review.ReviewType;
import qaf.calendar.Nation;
import qaf.calendar.Timetable;
import qaf.codes.Coded;
import qaf.ingest.Field.Kind;
import qaf.store.Table;
import qaf.terms.Terms;

/**
 * The files of DATA-FORMAT.md, column by column, in an order where each file comes after the files
 * it refers to. This is the one place the contract's columns and words are spelled out for the
 * ingest; the schema's CHECK constraints repeat the words as a second line of defence.
 */
final class DatasetFormat {
    // The coded values' words come from their enums (qaf.codes.Coded): one spelling for the
    // contract and the code. Words no type of the analysis carries are listed here.
    static final List<String> GRADE = Coded.ids(Grade.class);
    static final List<String> RAG = Coded.ids(Rag.class);
    static final List<String> SECTOR = List.of("police", "social-care", "health", "education", "probation",
            "youth-justice", "housing", "early-help", "voluntary", "other");
    static final List<String> ACTION_SOURCE = Coded.ids(ActionSource.class);
    /**
     * More people than this at one session or cascade is a typing slip (an extra digit, a pasted
     * total), and sums of such counts could overflow; DATA-FORMAT.md, Version 2.
     */
    static final long MAX_ATTENDEES = 100_000;
    static final List<String> HOW_ACTIONED = Coded.ids(HowActioned.class);
    static final List<String> BRIEFING_SOURCE = List.of("evaluation", "review", "theme");

    static final List<FileSpec> FILES = List.of(
            file("partnership.csv", Table.PARTNERSHIP, Map.of("id", 1L),
                    required("name", Kind.TEXT),
                    required("short_name", Kind.TEXT),
                    required("area", Kind.TEXT),
                    optionalEnum("bank_holidays", Coded.ids(Nation.class))
                            .whenBlank("england-and-wales"),
                    optionalInt("year_start_month", 1, 12).whenBlank(4L),
                    // Names the partnership's database in a region store; required there (qaf.cli checks).
                    optional("code", Kind.SHORT_CODE)),
            file("agencies.csv", Table.AGENCIES, Map.of(),
                    required("code", Kind.REF),
                    required("name", Kind.TEXT),
                    requiredEnum("sector", SECTOR),
                    optional("parent_code", Kind.REF),
                    optional("lead_person", Kind.TEXT)),
            file("children.csv", Table.CHILDREN, Map.of(),
                    required("child_ref", Kind.REF),
                    required("given_name", Kind.TEXT),
                    required("family_name", Kind.TEXT),
                    required("date_of_birth", Kind.DATE),
                    optional("gender", Kind.TEXT),
                    optional("ethnicity", Kind.TEXT),
                    optional("religion", Kind.TEXT),
                    optional("pseudonym", Kind.TEXT)),
            file("cases.csv", Table.CASES, Map.of(),
                    required("case_ref", Kind.REF),
                    required("child_ref", Kind.REF),
                    requiredEnum("case_type", Coded.ids(CaseType.class)),
                    required("opened_on", Kind.DATE),
                    optional("closed_on", Kind.DATE),
                    optional("case_worker", Kind.TEXT),
                    optional("supervising_manager", Kind.TEXT),
                    optional("team", Kind.TEXT)),
            file("evaluations.csv", Table.EVALUATIONS, Map.of(),
                    required("evaluation_ref", Kind.REF),
                    requiredEnum("kind", Coded.ids(Timetable.Kind.class)),
                    required("theme", Kind.TEXT),
                    required("starts_on", Kind.DATE),
                    required("panel_on", Kind.DATE),
                    optional("chair", Kind.TEXT),
                    // Version 2: the dates the partnership actually issued (appendix B's table).
                    optional("cases_sent_on", Kind.DATE),
                    optional("chronologies_due", Kind.DATE),
                    optional("evaluations_due", Kind.DATE),
                    optional("health_evaluations_due", Kind.DATE),
                    optional("overview_due", Kind.DATE),
                    optional("independent_overview_due", Kind.DATE),
                    optional("briefings_due", Kind.DATE)),
            file("evaluation_cases.csv", Table.EVALUATION_CASES, Map.of(),
                    required("evaluation_ref", Kind.REF),
                    required("case_ref", Kind.REF),
                    optionalEnum("partnership_grade", GRADE),
                    optionalEnum("child_voice", Coded.ids(ChildVoice.class)),
                    optional("summary", Kind.TEXT),
                    optional("strengths", Kind.TEXT),
                    optional("improvements", Kind.TEXT)),
            file("agency_evaluations.csv", Table.AGENCY_EVALUATIONS, Map.of(),
                    required("evaluation_ref", Kind.REF),
                    required("case_ref", Kind.REF),
                    required("agency_code", Kind.REF),
                    requiredEnum("self_grade", GRADE),
                    optionalEnum("panel_grade", GRADE),
                    optional("regrade_rationale", Kind.TEXT),
                    optional("chronology_submitted_on", Kind.DATE),
                    optional("evaluation_submitted_on", Kind.DATE),
                    optional("strengths", Kind.TEXT),
                    optional("improvements", Kind.TEXT)),
            file("chronology.csv", Table.CHRONOLOGY, Map.of(),
                    required("case_ref", Kind.REF),
                    required("agency_code", Kind.REF),
                    required("entry_ref", Kind.REF),
                    required("date", Kind.PARTIAL_DATE).storedAs("entry_date"),
                    optional("time", Kind.TIME).storedAs("entry_time"),
                    optional("approximate", Kind.BOOLEAN),
                    required("event", Kind.TEXT),
                    required("source", Kind.TEXT),
                    optional("child_voice", Kind.TEXT),
                    optional("action", Kind.TEXT),
                    optionalEnum("impact", List.of("positive", "negative", "neutral")),
                    optional("key_event", Kind.BOOLEAN)),
            file("reviews.csv", Table.REVIEWS, Map.of(),
                    required("review_ref", Kind.REF),
                    requiredEnum("type", Coded.ids(ReviewType.class)),
                    optional("child_ref", Kind.REF),
                    optional("agency_code", Kind.REF),
                    optional("criterion", Kind.TEXT),
                    optional("incident_on", Kind.DATE),
                    required("aware_on", Kind.DATE),
                    optional("notified_on", Kind.DATE),
                    optional("decision_on", Kind.DATE),
                    optionalEnum("decision", Coded.ids(Decision.class)),
                    optional("letter_on", Kind.DATE),
                    optional("reviewer", Kind.TEXT),
                    optional("started_on", Kind.DATE),
                    optional("completed_on", Kind.DATE),
                    optional("published_on", Kind.DATE),
                    optional("summary", Kind.TEXT),
                    optional("learning", Kind.TEXT),
                    optional("follows_ref", Kind.REF),
                    optional("lines_of_enquiry", Kind.TEXT)),
            file("s11_returns.csv", Table.S11_RETURNS, Map.of(),
                    required("cycle", Kind.REF),
                    required("agency_code", Kind.REF),
                    required("opened_on", Kind.DATE),
                    required("due_on", Kind.DATE),
                    optional("submitted_on", Kind.DATE),
                    optional("moderation", Kind.BOOLEAN)),
            file("s11_scores.csv", Table.S11_SCORES, Map.of(),
                    required("cycle", Kind.REF),
                    required("agency_code", Kind.REF),
                    requiredInt("standard", 1, 8),
                    requiredInt("self_score", 0, 3),
                    optionalInt("moderated_score", 0, 3),
                    optional("evidence", Kind.TEXT),
                    optional("improvement", Kind.TEXT),
                    optional("deadline", Kind.TEXT)),
            file("school_audits.csv", Table.SCHOOL_AUDITS, Map.of(),
                    required("cycle", Kind.REF),
                    required("agency_code", Kind.REF),
                    requiredInt("area", 1, 14),
                    requiredEnum("rating", RAG),
                    optional("submitted_on", Kind.DATE),
                    optional("action", Kind.TEXT),
                    optional("moderation", Kind.BOOLEAN)),
            file("single_agency_audits.csv", Table.SINGLE_AGENCY_AUDITS, Map.of(),
                    required("year", Kind.REF),
                    required("agency_code", Kind.REF),
                    optional("submitted_on", Kind.DATE),
                    optional("audit_activity", Kind.TEXT),
                    optional("performance_information", Kind.TEXT),
                    optional("executive_summary", Kind.TEXT),
                    optional("outcomes", Kind.TEXT),
                    optional("board_message", Kind.TEXT),
                    optional("recommendations", Kind.TEXT),
                    optionalEnumList("how_actioned", HOW_ACTIONED),
                    optional("completed_by", Kind.TEXT),
                    optional("main_body", Kind.TEXT),
                    optional("appendices", Kind.TEXT),
                    optional("moderation", Kind.BOOLEAN)),
            file("actions.csv", Table.ACTIONS, Map.of(),
                    required("action_ref", Kind.REF),
                    requiredEnum("source_kind", ACTION_SOURCE),
                    required("source_ref", Kind.CODE),
                    optional("agency_code", Kind.REF),
                    required("description", Kind.TEXT),
                    required("agreed_on", Kind.DATE),
                    required("due_on", Kind.DATE),
                    requiredEnum("status", Coded.ids(ActionStatus.class)),
                    optional("completed_on", Kind.DATE),
                    optional("evidence", Kind.TEXT),
                    optional("impact", Kind.TEXT),
                    // Blank is not "no": it leaves the impact text to decide (DATA-FORMAT.md).
                    optional("impact_evidenced", Kind.BOOLEAN).whenBlank(null)),
            file("close_the_loop.csv", Table.CLOSE_THE_LOOP, Map.of(),
                    required("evaluation_ref", Kind.REF),
                    required("case_ref", Kind.REF),
                    required("agency_code", Kind.REF),
                    required("lead_person", Kind.TEXT),
                    required("returned_on", Kind.DATE),
                    required("worker_notified", Kind.BOOLEAN),
                    optional("present", Kind.TEXT),
                    optional("overview", Kind.TEXT),
                    optional("reflections", Kind.TEXT),
                    optional("learning", Kind.TEXT),
                    optional("actions", Kind.TEXT)),
            file("briefings.csv", Table.BRIEFINGS, Map.of(),
                    required("briefing_ref", Kind.REF),
                    required("title", Kind.TEXT),
                    optionalEnum("source_kind", BRIEFING_SOURCE),
                    optional("source_ref", Kind.CODE),
                    optional("published_on", Kind.DATE)),
            file("briefing_sections.csv", Table.BRIEFING_SECTIONS, Map.of(),
                    required("briefing_ref", Kind.REF),
                    requiredInt("number", 1, 7),
                    required("heading", Kind.TEXT),
                    required("text", Kind.TEXT)),
            file("briefing_uses.csv", Table.BRIEFING_USES, Map.of(),
                    required("briefing_ref", Kind.REF),
                    required("agency_code", Kind.REF),
                    required("delivered_on", Kind.DATE),
                    // Part of the key, which cannot hold NULL.
                    optional("team", Kind.CODE).whenBlank(""),
                    requiredInt("attendees", 0, MAX_ATTENDEES),
                    optional("actions_agreed", Kind.TEXT)),
            file("learning_events.csv", Table.LEARNING_EVENTS, Map.of(),
                    required("event_ref", Kind.REF),
                    requiredEnum("kind", List.of("briefing-session", "course", "conference", "webinar")),
                    required("title", Kind.TEXT),
                    optional("theme", Kind.TEXT),
                    required("held_on", Kind.DATE),
                    optional("source_ref", Kind.CODE)),
            file("attendance.csv", Table.ATTENDANCE, Map.of(),
                    required("event_ref", Kind.REF),
                    required("agency_code", Kind.REF),
                    requiredInt("attendees", 0, MAX_ATTENDEES)),
            file("event_feedback.csv", Table.EVENT_FEEDBACK, Map.of(),
                    required("event_ref", Kind.REF),
                    required("respondent_ref", Kind.REF),
                    optional("agency_code", Kind.REF),
                    requiredInt("rating", 1, 5),
                    optionalInt("confidence_before", 1, 5),
                    optionalInt("confidence_after", 1, 5),
                    optional("comment", Kind.TEXT)),
            file("programme.csv", Table.PROGRAMME, Map.of(),
                    requiredEnum("process", List.of("s11", "school-audit", "single-agency-audit", "annual-review")),
                    required("cycle", Kind.REF),
                    required("starts_on", Kind.DATE),
                    required("due_on", Kind.DATE),
                    optional("notes", Kind.TEXT)),
            file("terms.csv", Table.TERMS, Map.of(),
                    requiredEnum("term", Terms.TERMS),
                    required("text", Kind.TEXT)));

    static final String MANDATORY_FILE = "agencies.csv";


    /**
     * Whether the file holds personal data (children.csv: names, dates of birth, ethnicity): a
     * message about it names file, line, column and the problem, and never quotes a cell, not even
     * a header cell or a ref, since a file without its header row puts a child where the header was.
     */
    static boolean isPersonal(FileSpec spec) {
        return spec.table() == Table.CHILDREN;
    }

    private DatasetFormat() {
    }

    /** The file's spec; file names match regardless of case ("Agencies.csv" from a spreadsheet). */
    static Optional<FileSpec> byFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return FILES.stream().filter(f -> f.fileName().equals(lower)).findFirst();
    }

    static FileSpec byTable(Table table) {
        if (table == Table.NARRATIVE) {
            return NarrativeFiles.SPEC;
        }
        return FILES.stream().filter(f -> f.table() == table).findFirst().orElseThrow();
    }

    private static FileSpec file(String name, Table table, Map<String, Object> constants, Field... fields) {
        return new FileSpec(name, table, List.of(fields), constants);
    }
}

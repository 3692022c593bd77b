package qaf.store;

import java.util.List;

/**
 * The dataset tables as the migrations create them (a test checks the two agree), in an order where
 * every table comes after the tables it references. Table and column names are those of
 * DATA-FORMAT.md; see {@code V1__dataset_schema.sql} for the few exceptions.
 */
public enum Table {
    PARTNERSHIP("partnership", List.of("id"),
            Column.integer("id"), Column.text("name"), Column.text("short_name"), Column.text("area"),
            Column.text("bank_holidays"), Column.integer("year_start_month"), Column.text("code")),
    AGENCIES("agencies", List.of("code"),
            Column.text("code"), Column.text("name"), Column.text("sector"), Column.text("parent_code"),
            Column.text("lead_person")),
    CHILDREN("children", List.of("child_ref"),
            Column.text("child_ref"), Column.text("given_name"), Column.text("family_name"),
            Column.text("date_of_birth"), Column.text("gender"), Column.text("ethnicity"), Column.text("religion"),
            Column.text("pseudonym")),
    CASES("cases", List.of("case_ref"),
            Column.text("case_ref"), Column.text("child_ref"), Column.text("case_type"), Column.text("opened_on"),
            Column.text("closed_on"), Column.text("case_worker"), Column.text("supervising_manager"),
            Column.text("team")),
    EVALUATIONS("evaluations", List.of("evaluation_ref"),
            Column.text("evaluation_ref"), Column.text("kind"), Column.text("theme"), Column.text("starts_on"),
            Column.text("panel_on"), Column.text("chair"), Column.text("cases_sent_on"),
            Column.text("chronologies_due"), Column.text("evaluations_due"), Column.text("health_evaluations_due"),
            Column.text("overview_due"), Column.text("independent_overview_due"), Column.text("briefings_due")),
    EVALUATION_CASES("evaluation_cases", List.of("evaluation_ref", "case_ref"),
            Column.text("evaluation_ref"), Column.text("case_ref"), Column.text("partnership_grade"),
            Column.text("child_voice"), Column.text("summary"), Column.text("strengths"),
            Column.text("improvements")),
    AGENCY_EVALUATIONS("agency_evaluations", List.of("evaluation_ref", "case_ref", "agency_code"),
            Column.text("evaluation_ref"), Column.text("case_ref"), Column.text("agency_code"),
            Column.text("self_grade"), Column.text("panel_grade"), Column.text("regrade_rationale"),
            Column.text("chronology_submitted_on"), Column.text("evaluation_submitted_on"),
            Column.text("strengths"), Column.text("improvements")),
    CHRONOLOGY("chronology", List.of("case_ref", "agency_code", "entry_ref"),
            Column.text("case_ref"), Column.text("agency_code"), Column.text("entry_ref"),
            Column.text("entry_date"), Column.text("date_precision"), Column.text("entry_time"),
            Column.integer("approximate"), Column.text("event"), Column.text("source"),
            Column.text("child_voice"), Column.text("action"), Column.text("impact"),
            Column.integer("key_event")),
    REVIEWS("reviews", List.of("review_ref"),
            Column.text("review_ref"), Column.text("type"), Column.text("child_ref"), Column.text("agency_code"),
            Column.text("criterion"), Column.text("incident_on"), Column.text("aware_on"),
            Column.text("notified_on"), Column.text("decision_on"), Column.text("decision"),
            Column.text("letter_on"), Column.text("reviewer"), Column.text("started_on"),
            Column.text("completed_on"), Column.text("published_on"), Column.text("summary"),
            Column.text("learning"), Column.text("follows_ref"), Column.text("lines_of_enquiry")),
    S11_RETURNS("s11_returns", List.of("cycle", "agency_code"),
            Column.text("cycle"), Column.text("agency_code"), Column.text("opened_on"), Column.text("due_on"),
            Column.text("submitted_on"), Column.integer("moderation")),
    S11_SCORES("s11_scores", List.of("cycle", "agency_code", "standard"),
            Column.text("cycle"), Column.text("agency_code"), Column.integer("standard"),
            Column.integer("self_score"), Column.integer("moderated_score"), Column.text("evidence"),
            Column.text("improvement"), Column.text("deadline")),
    SCHOOL_AUDITS("school_audits", List.of("cycle", "agency_code", "area"),
            Column.text("cycle"), Column.text("agency_code"), Column.integer("area"), Column.text("rating"),
            Column.text("submitted_on"), Column.text("action"), Column.integer("moderation")),
    SINGLE_AGENCY_AUDITS("single_agency_audits", List.of("year", "agency_code"),
            Column.text("year"), Column.text("agency_code"), Column.text("submitted_on"),
            Column.text("audit_activity"), Column.text("performance_information"),
            Column.text("executive_summary"), Column.text("outcomes"), Column.text("board_message"),
            Column.text("recommendations"), Column.text("how_actioned"), Column.text("completed_by"),
            Column.text("main_body"), Column.text("appendices"), Column.integer("moderation")),
    ACTIONS("actions", List.of("action_ref"),
            Column.text("action_ref"), Column.text("source_kind"), Column.text("source_ref"),
            Column.text("agency_code"), Column.text("description"), Column.text("agreed_on"),
            Column.text("due_on"), Column.text("status"), Column.text("completed_on"), Column.text("evidence"),
            Column.text("impact"), Column.integer("impact_evidenced")),
    CLOSE_THE_LOOP("close_the_loop", List.of("evaluation_ref", "case_ref", "agency_code"),
            Column.text("evaluation_ref"), Column.text("case_ref"), Column.text("agency_code"),
            Column.text("lead_person"), Column.text("returned_on"), Column.integer("worker_notified"),
            Column.text("present"), Column.text("overview"), Column.text("reflections"), Column.text("learning"),
            Column.text("actions")),
    BRIEFINGS("briefings", List.of("briefing_ref"),
            Column.text("briefing_ref"), Column.text("title"), Column.text("source_kind"),
            Column.text("source_ref"), Column.text("published_on")),
    BRIEFING_SECTIONS("briefing_sections", List.of("briefing_ref", "number"),
            Column.text("briefing_ref"), Column.integer("number"), Column.text("heading"), Column.text("text")),
    BRIEFING_USES("briefing_uses", List.of("briefing_ref", "agency_code", "delivered_on", "team"),
            Column.text("briefing_ref"), Column.text("agency_code"), Column.text("delivered_on"),
            Column.text("team"), Column.integer("attendees"), Column.text("actions_agreed")),
    LEARNING_EVENTS("learning_events", List.of("event_ref"),
            Column.text("event_ref"), Column.text("kind"), Column.text("title"), Column.text("theme"),
            Column.text("held_on"), Column.text("source_ref")),
    ATTENDANCE("attendance", List.of("event_ref", "agency_code"),
            Column.text("event_ref"), Column.text("agency_code"), Column.integer("attendees")),
    EVENT_FEEDBACK("event_feedback", List.of("event_ref", "respondent_ref"),
            Column.text("event_ref"), Column.text("respondent_ref"), Column.text("agency_code"),
            Column.integer("rating"), Column.integer("confidence_before"), Column.integer("confidence_after"),
            Column.text("comment")),
    PROGRAMME("programme", List.of("process", "cycle"),
            Column.text("process"), Column.text("cycle"), Column.text("starts_on"), Column.text("due_on"),
            Column.text("notes")),
    TERMS("terms", List.of("term"), Column.text("term"), Column.text("text")),
    /** Not a CSV file: the Markdown files of a dataset's narrative/ folder, one row a file. */
    NARRATIVE("narrative", List.of("kind", "document", "section"),
            Column.text("kind"), Column.text("document"), Column.text("section"), Column.text("markdown"));

    private final String sqlName;
    private final List<String> keyColumns;
    private final List<Column> columns;

    Table(String sqlName, List<String> keyColumns, Column... columns) {
        this.sqlName = sqlName;
        this.keyColumns = keyColumns;
        this.columns = List.of(columns);
    }

    public String sqlName() {
        return sqlName;
    }

    /** Columns in schema order; a row passed to the store holds one value per column in this order. */
    public List<Column> columns() {
        return columns;
    }

    /** The primary key, which is also the upsert key. */
    public List<String> keyColumns() {
        return keyColumns;
    }

    /** Position of a column in {@link #columns()}; throws for a name the table does not have. */
    public int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException("table " + sqlName + " has no column " + column);
    }
}

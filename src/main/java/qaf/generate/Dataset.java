package qaf.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Every file of one partnership's dataset, with the contract's column names (DATA-FORMAT.md). */
final class Dataset {
    final CsvTable partnership;
    final CsvTable agencies = new CsvTable("agencies.csv", "code", "name", "sector", "parent_code", "lead_person");
    final CsvTable children = new CsvTable("children.csv",
            "child_ref", "given_name", "family_name", "date_of_birth", "gender", "ethnicity", "religion", "pseudonym");
    final CsvTable cases = new CsvTable("cases.csv", "case_ref", "child_ref", "case_type", "opened_on", "closed_on",
            "case_worker", "supervising_manager", "team");
    final CsvTable evaluations = new CsvTable("evaluations.csv",
            "evaluation_ref", "kind", "theme", "starts_on", "panel_on", "chair", "cases_sent_on", "chronologies_due",
            "evaluations_due", "health_evaluations_due", "overview_due", "independent_overview_due", "briefings_due");
    final CsvTable evaluationCases = new CsvTable("evaluation_cases.csv", "evaluation_ref", "case_ref",
            "partnership_grade", "child_voice", "summary", "strengths", "improvements");
    final CsvTable agencyEvaluations = new CsvTable("agency_evaluations.csv", "evaluation_ref", "case_ref",
            "agency_code", "self_grade", "panel_grade", "regrade_rationale", "chronology_submitted_on",
            "evaluation_submitted_on", "strengths", "improvements");
    final CsvTable chronology = new CsvTable("chronology.csv", "case_ref", "agency_code", "entry_ref", "date", "time",
            "approximate", "event", "source", "child_voice", "action", "impact", "key_event");
    final CsvTable actions = new CsvTable("actions.csv", "action_ref", "source_kind", "source_ref", "agency_code",
            "description", "agreed_on", "due_on", "status", "completed_on", "evidence", "impact");
    final CsvTable closeTheLoop = new CsvTable("close_the_loop.csv", "evaluation_ref", "case_ref", "agency_code",
            "lead_person", "returned_on", "worker_notified", "present", "overview", "reflections", "learning",
            "actions");
    final CsvTable reviews = new CsvTable("reviews.csv", "review_ref", "type", "child_ref", "agency_code", "criterion",
            "incident_on", "aware_on", "notified_on", "decision_on", "decision", "letter_on", "reviewer", "started_on",
            "completed_on", "published_on", "summary", "learning", "follows_ref");
    final CsvTable s11Returns = new CsvTable("s11_returns.csv",
            "cycle", "agency_code", "opened_on", "due_on", "submitted_on", "moderation");
    final CsvTable s11Scores = new CsvTable("s11_scores.csv", "cycle", "agency_code", "standard", "self_score",
            "moderated_score", "evidence", "improvement", "deadline");
    final CsvTable schoolAudits = new CsvTable("school_audits.csv",
            "cycle", "agency_code", "area", "rating", "submitted_on", "action");
    final CsvTable singleAgencyAudits = new CsvTable("single_agency_audits.csv", "year", "agency_code",
            "submitted_on", "audit_activity", "performance_information", "executive_summary", "outcomes",
            "board_message", "recommendations", "how_actioned");
    final CsvTable briefings = new CsvTable("briefings.csv",
            "briefing_ref", "title", "source_kind", "source_ref", "published_on");
    final CsvTable briefingSections = new CsvTable("briefing_sections.csv", "briefing_ref", "number", "heading", "text");
    final CsvTable briefingUses = new CsvTable("briefing_uses.csv",
            "briefing_ref", "agency_code", "delivered_on", "team", "attendees", "actions_agreed");
    final CsvTable learningEvents = new CsvTable("learning_events.csv",
            "event_ref", "kind", "title", "theme", "held_on", "source_ref");
    final CsvTable attendance = new CsvTable("attendance.csv", "event_ref", "agency_code", "attendees");
    final CsvTable programme = new CsvTable("programme.csv", "process", "cycle", "starts_on", "due_on", "notes");
    final CsvTable eventFeedback = new CsvTable("event_feedback.csv", "event_ref", "respondent_ref", "agency_code",
            "rating", "confidence_before", "confidence_after", "comment");

    /**
     * @param withCode whether partnership.csv has the optional {@code code} column; the committed
     *     sample has not, so its files stay as they were before the column existed
     */
    Dataset(boolean withCode) {
        partnership = withCode
                ? new CsvTable("partnership.csv", "name", "short_name", "area", "bank_holidays", "year_start_month",
                        "code")
                : new CsvTable("partnership.csv", "name", "short_name", "area", "bank_holidays", "year_start_month");
    }

    /** All files, in the order they are written and reported. */
    List<CsvTable> tables() {
        return List.of(partnership, agencies, children, cases, evaluations, evaluationCases, agencyEvaluations,
                chronology, actions, closeTheLoop, reviews, s11Returns, s11Scores, schoolAudits, singleAgencyAudits,
                briefings, briefingSections, briefingUses, learningEvents, attendance, eventFeedback, programme);
    }

    void write(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        for (CsvTable table : tables()) {
            table.write(dir);
        }
    }
}

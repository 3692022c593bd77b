package qaf.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import qaf.analysis.audit.ActionRecord;
import qaf.analysis.audit.ActionSource;
import qaf.analysis.audit.ActionStatus;
import qaf.analysis.evaluation.AgencyGrade;
import qaf.analysis.evaluation.ChildDetails;
import qaf.analysis.evaluation.ChildVoice;
import qaf.analysis.evaluation.CloseTheLoopReturn;
import qaf.analysis.evaluation.Evaluation;
import qaf.analysis.evaluation.EvaluationCase;
import qaf.analysis.evaluation.EvaluationData;
import qaf.analysis.evaluation.Grade;
import qaf.analysis.evaluation.IssuedDates;
import qaf.calendar.ReportingYear;
import qaf.calendar.Timetable;

/**
 * Reads multi-agency case evaluations for the evaluation analysis. An evaluation belongs to the
 * reporting year holding its panel day (as the chronologies do). Actions of an evaluation are those
 * whose source is the evaluation ({@code evaluation} or {@code thematic}) or one of its cases
 * ({@code case}). Names of children are read only by {@link #children}.
 */
public final class EvaluationQueries {
    private static final String EVALUATION = "SELECT evaluation_ref, kind, theme, starts_on, panel_on, chair,"
            + " cases_sent_on, chronologies_due, evaluations_due, health_evaluations_due, overview_due,"
            + " independent_overview_due, briefings_due FROM evaluations";

    private EvaluationQueries() {
    }

    /** One evaluation with its records, or empty if there is no such evaluation. */
    public static Optional<EvaluationData> evaluation(Database db, String evaluationRef) {
        return db.query(EVALUATION + " WHERE evaluation_ref = ? ORDER BY evaluation_ref", List.of(evaluationRef),
                EvaluationQueries::evaluationRow).stream().findFirst().map(e -> load(db, e));
    }

    /** One evaluation with its records; a ref the store does not hold is a store error naming it. */
    public static EvaluationData require(Database db, String evaluationRef) {
        return evaluation(db, evaluationRef)
                .orElseThrow(() -> new StoreException("no evaluation " + evaluationRef + " in the database", null));
    }

    /**
     * The refs of the evaluations whose panel day falls in {@code year}, in {@link #year}'s order: what a
     * kind with one document per evaluation lists, without loading every evaluation's records.
     */
    public static List<String> refs(Database db, ReportingYear year) {
        return db.query("SELECT evaluation_ref FROM evaluations WHERE panel_on BETWEEN ? AND ?"
                + " ORDER BY panel_on, evaluation_ref", List.of(year.start().toString(), year.end().toString()),
                rs -> rs.getString(1));
    }

    /** The evaluations whose panel day falls in {@code year}, by panel day then ref. */
    public static List<EvaluationData> year(Database db, ReportingYear year) {
        return db.query(EVALUATION + " WHERE panel_on BETWEEN ? AND ? ORDER BY panel_on, evaluation_ref",
                List.of(year.start().toString(), year.end().toString()), EvaluationQueries::evaluationRow)
                .stream().map(e -> load(db, e)).toList();
    }

    /** Every evaluation, by panel day then ref: the input of trends across years. */
    public static List<EvaluationData> all(Database db) {
        return db.query(EVALUATION + " ORDER BY panel_on, evaluation_ref", List.of(),
                EvaluationQueries::evaluationRow).stream().map(e -> load(db, e)).toList();
    }

    /**
     * Restricted: the children of an evaluation's cases, by child ref, for case-audience documents
     * (the close-the-loop form). Board documents must not call this.
     */
    public static List<ChildDetails> children(Database db, String evaluationRef) {
        return db.query("SELECT DISTINCT ch.child_ref, ch.given_name, ch.family_name, ch.gender, ch.ethnicity,"
                        + " ch.religion FROM evaluation_cases ec JOIN cases c ON c.case_ref = ec.case_ref"
                        + " JOIN children ch ON ch.child_ref = c.child_ref WHERE ec.evaluation_ref = ?"
                        + " ORDER BY ch.child_ref",
                List.of(evaluationRef), rs -> new ChildDetails(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)));
    }

    private static EvaluationData load(Database db, Evaluation e) {
        List<String> ref = List.of(e.ref());
        List<EvaluationCase> cases = db.query("SELECT ec.evaluation_ref, ec.case_ref, c.case_type, c.child_ref,"
                        + " ch.pseudonym, ch.date_of_birth, ec.partnership_grade, ec.child_voice, ec.summary,"
                        + " ec.strengths, ec.improvements, c.opened_on, c.case_worker, c.supervising_manager, c.team"
                        + " FROM evaluation_cases ec JOIN cases c ON c.case_ref = ec.case_ref"
                        + " JOIN children ch ON ch.child_ref = c.child_ref"
                        + " WHERE ec.evaluation_ref = ? ORDER BY ec.case_ref",
                ref, rs -> new EvaluationCase(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), date(rs, 6), grade(rs, 7), voice(rs, 8), rs.getString(9), rs.getString(10),
                        rs.getString(11), date(rs, 12), rs.getString(13), rs.getString(14), rs.getString(15)));
        // The chronology count is per agency per case, whatever the evaluation: the chronology
        // table is keyed on the case, not on the evaluation.
        List<AgencyGrade> grades = db.query("SELECT ae.evaluation_ref, ae.case_ref, ae.agency_code, a.name, a.sector,"
                        + " a.lead_person, ae.self_grade, ae.panel_grade, ae.regrade_rationale,"
                        + " ae.chronology_submitted_on, ae.evaluation_submitted_on, ae.strengths, ae.improvements,"
                        + " (SELECT COUNT(*) FROM chronology x WHERE x.case_ref = ae.case_ref"
                        + " AND x.agency_code = ae.agency_code)"
                        + " FROM agency_evaluations ae JOIN agencies a ON a.code = ae.agency_code"
                        + " WHERE ae.evaluation_ref = ? ORDER BY ae.case_ref, ae.agency_code",
                ref, rs -> new AgencyGrade(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), grade(rs, 7), grade(rs, 8), rs.getString(9), date(rs, 10),
                        date(rs, 11), rs.getString(12), rs.getString(13), rs.getInt(14)));
        List<CloseTheLoopReturn> returns = db.query("SELECT evaluation_ref, case_ref, agency_code, lead_person,"
                        + " returned_on, worker_notified, present, overview, reflections, learning, actions"
                        + " FROM close_the_loop WHERE evaluation_ref = ? ORDER BY case_ref, agency_code",
                ref, rs -> new CloseTheLoopReturn(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), date(rs, 5), rs.getInt(6) == 1, rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getString(11)));
        List<ActionRecord> actions = db.query("SELECT action_ref, source_kind, source_ref, agency_code, description,"
                        + " agreed_on, due_on, status, completed_on, evidence, impact, impact_evidenced FROM actions"
                        + " WHERE (source_kind IN ('evaluation', 'thematic') AND source_ref = ?)"
                        + " OR (source_kind = 'case' AND source_ref IN"
                        + " (SELECT case_ref FROM evaluation_cases WHERE evaluation_ref = ?))"
                        + " ORDER BY action_ref",
                List.of(e.ref(), e.ref()), rs -> new ActionRecord(rs.getString(1),
                        ActionSource.fromId(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                        date(rs, 6), date(rs, 7), ActionStatus.fromId(rs.getString(8)), date(rs, 9), rs.getString(10),
                        rs.getString(11), bool(rs, 12)));
        return new EvaluationData(e, cases, grades, returns, actions);
    }

    private static Evaluation evaluationRow(ResultSet rs) throws SQLException {
        IssuedDates issued = new IssuedDates(date(rs, 7), date(rs, 8), date(rs, 9), date(rs, 10), date(rs, 11),
                date(rs, 12), date(rs, 13));
        return new Evaluation(rs.getString(1), Timetable.Kind.fromId(rs.getString(2)), rs.getString(3), date(rs, 4),
                date(rs, 5), rs.getString(6), issued.none() ? IssuedDates.NONE : issued);
    }

    /** A yes/no column that may be blank: null, not false, when it is. */
    private static Boolean bool(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value == 1;
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        String iso = rs.getString(column);
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static Grade grade(ResultSet rs, int column) throws SQLException {
        String id = rs.getString(column);
        return id == null ? null : Grade.fromId(id);
    }

    private static ChildVoice voice(ResultSet rs, int column) throws SQLException {
        String id = rs.getString(column);
        return id == null ? null : ChildVoice.fromId(id);
    }
}

package qaf.agencyfeedback;

import java.util.ArrayList;
import java.util.List;
import qaf.analysis.evaluation.EvaluationData;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.analysis.evaluation.GradeGroup;
import qaf.kind.DocumentKind;
import qaf.calendar.BankHolidays;
import qaf.calendar.Nation;
import qaf.calendar.ReportingYear;
import qaf.calendar.WorkingDays;
import qaf.render.Format;
import qaf.render.Renderer;
import qaf.store.Database;
import qaf.store.EvaluationQueries;
import qaf.store.PartnershipQueries;
import qaf.store.StoreException;

/**
 * Agency feedback: one per agency graded in each evaluation of the year. A key is
 * {@code evaluation|agency}; statuses are as at the end of the reporting year.
 */
public final class AgencyFeedbackKind implements DocumentKind<AgencyFeedbackDocument> {
    private static final String SEP = "|";
    private final AgencyFeedbackComposer composer = new AgencyFeedbackComposer();

    @Override
    public String id() {
        return AgencyFeedbackComposer.KIND;
    }

    /** Evaluations by panel day then ref; within one, agencies by code. */
    @Override
    public List<String> keys(Database db, ReportingYear year) {
        WorkingDays wd = workingDays(db);
        List<String> keys = new ArrayList<>();
        for (EvaluationData data : EvaluationQueries.year(db, year)) {
            EvaluationFindings findings = EvaluationFindings.of(data, wd, year.end());
            for (GradeGroup agency : findings.byAgency()) {
                keys.add(data.evaluation().ref() + SEP + agency.key());
            }
        }
        return keys;
    }

    @Override
    public AgencyFeedbackDocument compose(Database db, ReportingYear year, String key) {
        int split = key.indexOf(SEP);
        if (split < 0) {
            throw new IllegalArgumentException("not an agency-feedback key: " + key);
        }
        String evaluationRef = key.substring(0, split);
        EvaluationData data = EvaluationQueries.evaluation(db, evaluationRef)
                .orElseThrow(() -> new StoreException("no evaluation " + evaluationRef, null));
        EvaluationFindings findings = EvaluationFindings.of(data, workingDays(db), year.end());
        return composer.compose(PartnershipQueries.partnership(db).name(), findings, key.substring(split + 1));
    }

    @Override
    public Renderer<AgencyFeedbackDocument> renderer(Format format) {
        return switch (format) {
            case PDF -> new AgencyFeedbackPdf();
            case DOCX -> new AgencyFeedbackDocx();
        };
    }

    static WorkingDays workingDays(Database db) {
        return new WorkingDays(BankHolidays.load(Nation.fromId(PartnershipQueries.partnership(db).bankHolidays())));
    }
}

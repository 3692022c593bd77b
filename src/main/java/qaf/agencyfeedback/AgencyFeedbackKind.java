package qaf.agencyfeedback;

import java.util.ArrayList;
import java.util.List;
import qaf.analysis.evaluation.EvaluationData;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.analysis.evaluation.GradeGroup;
import qaf.document.BlockDocument;
import qaf.kind.BuildContext;
import qaf.kind.DocumentKind;
import qaf.kind.Keys;
import qaf.render.Format;
import qaf.render.Renderer;
import qaf.render.docx.BlockDocx;
import qaf.render.pdf.BlockPdf;
import qaf.store.Database;
import qaf.store.EvaluationQueries;

/**
 * Agency feedback: one per agency graded in each evaluation of the year, keyed by evaluation and
 * agency; statuses are as at the end of the reporting year.
 */
public final class AgencyFeedbackKind implements DocumentKind<Keys.EvaluationAgency, BlockDocument> {
    private final AgencyFeedbackComposer composer = new AgencyFeedbackComposer();

    @Override
    public String id() {
        return AgencyFeedbackComposer.KIND;
    }

    /** Evaluations by panel day then ref; within one, agencies by code. */
    @Override
    public List<Keys.EvaluationAgency> keys(Database db, BuildContext context) {
        List<Keys.EvaluationAgency> keys = new ArrayList<>();
        for (EvaluationData data : EvaluationQueries.year(db, context.year())) {
            EvaluationFindings findings = EvaluationFindings.of(data, context.workingDays(), context.asAt());
            for (GradeGroup agency : findings.byAgency()) {
                keys.add(new Keys.EvaluationAgency(data.evaluation().ref(), agency.key()));
            }
        }
        return keys;
    }

    @Override
    public BlockDocument compose(Database db, BuildContext context, Keys.EvaluationAgency key) {
        EvaluationData data = EvaluationQueries.require(db, key.evaluationRef());
        EvaluationFindings findings = EvaluationFindings.of(data, context.workingDays(), context.asAt());
        return composer.compose(context.partnershipName(), findings, key.agencyCode(), context.terms());
    }

    @Override
    public Renderer<BlockDocument> renderer(Format format) {
        return switch (format) {
            case PDF -> new BlockPdf();
            case DOCX -> new BlockDocx();
        };
    }
}

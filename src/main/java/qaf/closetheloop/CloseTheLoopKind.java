package qaf.closetheloop;

import java.util.ArrayList;
import java.util.List;
import qaf.analysis.evaluation.CloseTheLoopItem;
import qaf.analysis.evaluation.EvaluationData;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.kind.BuildContext;
import qaf.kind.DocumentKey;
import qaf.kind.DocumentKind;
import qaf.render.Format;
import qaf.render.Renderer;
import qaf.store.Database;
import qaf.store.EvaluationQueries;

/**
 * Close-the-loop forms: one per agency whose final grade on a case of an evaluation of the year is
 * requires improvement or inadequate. A key is {@code evaluation|case|agency}. The only kind that
 * reads children's names ({@link EvaluationQueries#children}): it is case audience.
 */
public final class CloseTheLoopKind implements DocumentKind<CloseTheLoopKind.Key, CloseTheLoopDocument> {
    private final CloseTheLoopComposer composer = new CloseTheLoopComposer();

    /** One agency's form on one case of an evaluation. */
    public record Key(String evaluationRef, String caseRef, String agencyCode) implements DocumentKey {
        @Override
        public String label() {
            return evaluationRef + "_" + caseRef + "_" + agencyCode;
        }
    }

    @Override
    public String id() {
        return CloseTheLoopComposer.KIND;
    }

    /** Evaluations by panel day then ref; within one, by case ref then agency code. */
    @Override
    public List<Key> keys(Database db, BuildContext context) {
        List<Key> keys = new ArrayList<>();
        for (EvaluationData data : EvaluationQueries.year(db, context.year())) {
            EvaluationFindings findings = EvaluationFindings.of(data, context.workingDays(), context.asAt());
            for (CloseTheLoopItem item : findings.closeTheLoop().expected()) {
                keys.add(new Key(data.evaluation().ref(), item.grade().caseRef(), item.grade().agencyCode()));
            }
        }
        return keys;
    }

    @Override
    public CloseTheLoopDocument compose(Database db, BuildContext context, Key key) {
        EvaluationData data = EvaluationQueries.require(db, key.evaluationRef());
        EvaluationFindings findings = EvaluationFindings.of(data, context.workingDays(), context.asAt());
        return composer.compose(context.partnershipName(), findings, key.caseRef(), key.agencyCode(),
                EvaluationQueries.children(db, key.evaluationRef()));
    }

    @Override
    public Renderer<CloseTheLoopDocument> renderer(Format format) {
        return switch (format) {
            case PDF -> new CloseTheLoopPdf();
            case DOCX -> new CloseTheLoopDocx();
        };
    }
}

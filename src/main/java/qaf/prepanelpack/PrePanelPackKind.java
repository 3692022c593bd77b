package qaf.prepanelpack;

import java.util.List;
import qaf.analysis.evaluation.EvaluationData;
import qaf.analysis.evaluation.EvaluationFindings;
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

/** One pre-panel pack per evaluation whose panel day falls in the year, returns as at the build's as-at day. */
public final class PrePanelPackKind implements DocumentKind<Keys.Evaluation, BlockDocument> {
    private final PrePanelPackComposer composer = new PrePanelPackComposer();

    @Override
    public String id() {
        return PrePanelPackComposer.KIND;
    }

    @Override
    public List<Keys.Evaluation> keys(Database db, BuildContext context) {
        return EvaluationQueries.refs(db, context.year()).stream().map(Keys.Evaluation::new).toList();
    }

    @Override
    public BlockDocument compose(Database db, BuildContext context, Keys.Evaluation key) {
        EvaluationData data = EvaluationQueries.require(db, key.evaluationRef());
        // The partnership's words; qaf.kind.BuildContext is to carry them for every kind.
        return composer.compose(context.partnershipName(), context.terms(),
                EvaluationFindings.of(data, context.workingDays(), context.asAt()));
    }

    @Override
    public Renderer<BlockDocument> renderer(Format format) {
        return switch (format) {
            case PDF -> new BlockPdf();
            case DOCX -> new BlockDocx();
        };
    }
}

package qaf.panelnotes;

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
import qaf.store.AuditQueries;
import qaf.store.Database;
import qaf.store.EvaluationQueries;

/** One set of panel notes per evaluation whose panel day falls in the year, action statuses as at the as-at day. */
public final class PanelNotesKind implements DocumentKind<Keys.Evaluation, BlockDocument> {
    private final PanelNotesComposer composer = new PanelNotesComposer();

    @Override
    public String id() {
        return PanelNotesComposer.KIND;
    }

    @Override
    public List<Keys.Evaluation> keys(Database db, BuildContext context) {
        return EvaluationQueries.refs(db, context.year()).stream().map(Keys.Evaluation::new).toList();
    }

    @Override
    public BlockDocument compose(Database db, BuildContext context, Keys.Evaluation key) {
        EvaluationData data = EvaluationQueries.require(db, key.evaluationRef());
        return composer.compose(context.partnershipName(),
                EvaluationFindings.of(data, context.workingDays(), context.asAt()), AuditQueries.agencies(db));
    }

    @Override
    public Renderer<BlockDocument> renderer(Format format) {
        return switch (format) {
            case PDF -> new BlockPdf();
            case DOCX -> new BlockDocx();
        };
    }
}

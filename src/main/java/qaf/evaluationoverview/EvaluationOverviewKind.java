package qaf.evaluationoverview;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import qaf.analysis.audit.Agency;
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

/**
 * The board's overview of each evaluation whose panel day falls in the year, with statuses as at
 * the end of that year (never the day of the build).
 */
public final class EvaluationOverviewKind implements DocumentKind<Keys.Evaluation, BlockDocument> {
    private final EvaluationOverviewComposer composer = new EvaluationOverviewComposer();

    @Override
    public String id() {
        return EvaluationOverviewComposer.KIND;
    }

    @Override
    public List<Keys.Evaluation> keys(Database db, BuildContext context) {
        return EvaluationQueries.refs(db, context.year()).stream().map(Keys.Evaluation::new).toList();
    }

    @Override
    public BlockDocument compose(Database db, BuildContext context, Keys.Evaluation key) {
        EvaluationData data = EvaluationQueries.require(db, key.evaluationRef());
        Map<String, String> names = new TreeMap<>();
        for (Agency a : AuditQueries.agencies(db)) {
            names.put(a.code(), a.name());
        }
        return composer.compose(context.partnershipName(),
                EvaluationFindings.of(data, context.workingDays(), context.asAt()), names);
    }

    @Override
    public Renderer<BlockDocument> renderer(Format format) {
        return switch (format) {
            case PDF -> new BlockPdf();
            case DOCX -> new BlockDocx();
        };
    }
}

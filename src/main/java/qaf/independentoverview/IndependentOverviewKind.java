package qaf.independentoverview;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.analysis.narrative.NarrativeText;
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
import qaf.store.ProgrammeQueries;
import qaf.store.StoreException;

/**
 * One frame per evaluation whose panel day falls in the year. It reads which of its narrative
 * sections exist (the build places their text afterwards), so that only unwritten ones say so.
 */
public final class IndependentOverviewKind implements DocumentKind<Keys.Evaluation, BlockDocument> {
    private final IndependentOverviewComposer composer = new IndependentOverviewComposer();

    @Override
    public String id() {
        return IndependentOverviewComposer.KIND;
    }

    @Override
    public List<Keys.Evaluation> keys(Database db, BuildContext context) {
        return EvaluationQueries.year(db, context.year()).stream()
                .map(d -> new Keys.Evaluation(d.evaluation().ref())).toList();
    }

    @Override
    public BlockDocument compose(Database db, BuildContext context, Keys.Evaluation key) {
        EvaluationFindings findings = EvaluationFindings.of(EvaluationQueries.evaluation(db, key.evaluationRef())
                .orElseThrow(() -> new StoreException("no evaluation " + key.evaluationRef(), null)),
                context.workingDays(), context.asAt());
        Set<String> written = ProgrammeQueries.narrative(db, id(), key.evaluationRef()).stream()
                .map(NarrativeText::section).collect(Collectors.toSet());
        return composer.compose(context.partnershipName(), findings, AuditQueries.agencies(db), written,
                context.terms());
    }

    @Override
    public Renderer<BlockDocument> renderer(Format format) {
        return switch (format) {
            case PDF -> new BlockPdf();
            case DOCX -> new BlockDocx();
        };
    }
}

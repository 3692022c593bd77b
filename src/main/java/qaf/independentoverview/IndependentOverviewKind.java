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
        return EvaluationQueries.refs(db, context.year()).stream().map(Keys.Evaluation::new).toList();
    }

    @Override
    public BlockDocument compose(Database db, BuildContext context, Keys.Evaluation key) {
        EvaluationFindings findings = EvaluationFindings.of(EvaluationQueries.require(db, key.evaluationRef()),
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

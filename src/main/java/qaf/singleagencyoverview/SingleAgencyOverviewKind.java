package qaf.singleagencyoverview;

import java.util.List;
import qaf.document.BlockDocument;
import qaf.kind.BuildContext;
import qaf.kind.DocumentKind;
import qaf.kind.Keys;
import qaf.render.Format;
import qaf.render.Renderer;
import qaf.render.docx.BlockDocx;
import qaf.render.pdf.BlockPdf;
import qaf.analysis.audit.SingleAgencyAuditAnalysis;
import qaf.store.AuditQueries;
import qaf.store.ProgrammeQueries;
import qaf.store.Database;

/**
 * One overview per reporting year built, keyed by its label. Built even when the year has no audit
 * rows, so that a year without returns says so instead of silently having no document.
 */
public final class SingleAgencyOverviewKind implements DocumentKind<Keys.Year, BlockDocument> {
    private final SingleAgencyOverviewComposer composer = new SingleAgencyOverviewComposer();

    @Override
    public String id() {
        return SingleAgencyOverviewComposer.KIND;
    }

    @Override
    public List<Keys.Year> keys(Database db, BuildContext context) {
        return List.of(new Keys.Year(context.year().label()));
    }

    @Override
    public BlockDocument compose(Database db, BuildContext context, Keys.Year key) {
        return composer.compose(context.partnershipName(), context.year(),
                AuditQueries.singleAgencyAudits(db, key.year()), SingleAgencyAuditAnalysis.due(context.year(),
                        ProgrammeQueries.programme(db, "single-agency-audit", key.year())), context.asAt(),
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

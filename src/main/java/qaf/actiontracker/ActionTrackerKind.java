package qaf.actiontracker;

import java.util.List;
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

/** One action tracker per build, filed under the reporting year being built and rated at its end. */
public final class ActionTrackerKind implements DocumentKind<Keys.Year, BlockDocument> {
    private final ActionTrackerComposer composer = new ActionTrackerComposer();

    @Override
    public String id() {
        return ActionTrackerComposer.KIND;
    }

    @Override
    public List<Keys.Year> keys(Database db, BuildContext context) {
        return List.of(new Keys.Year(context.year().label()));
    }

    @Override
    public BlockDocument compose(Database db, BuildContext context, Keys.Year key) {
        return composer.compose(context.partnershipName(), context.year(), AuditQueries.actions(db),
                AuditQueries.agencies(db), context.asAt());
    }

    @Override
    public Renderer<BlockDocument> renderer(Format format) {
        return switch (format) {
            case PDF -> new BlockPdf();
            case DOCX -> new BlockDocx();
        };
    }
}

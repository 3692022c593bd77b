package qaf.briefinguses;

import java.util.List;
import qaf.analysis.briefing.BriefingRecord;
import qaf.analysis.briefing.BriefingUse;
import qaf.analysis.briefing.BriefingYear;
import qaf.document.BlockDocument;
import qaf.kind.BuildContext;
import qaf.kind.DocumentKind;
import qaf.kind.Keys;
import qaf.render.Format;
import qaf.render.Renderer;
import qaf.render.docx.BlockDocx;
import qaf.render.pdf.BlockPdf;
import qaf.store.BriefingQueries;
import qaf.store.Database;

/**
 * The 7MB action plan roll-up: one per reporting year, once the partnership has any briefing. It
 * counts the sessions delivered in the year, of any briefing, and lists the year's briefings (by
 * {@link BriefingYear}) even when no agency used them.
 */
public final class BriefingUsesKind implements DocumentKind<Keys.Year, BlockDocument> {
    private final BriefingUsesComposer composer = new BriefingUsesComposer();

    @Override
    public String id() {
        return BriefingUsesComposer.KIND;
    }

    @Override
    public List<Keys.Year> keys(Database db, BuildContext context) {
        return BriefingQueries.all(db).isEmpty() ? List.of() : List.of(new Keys.Year(context.year().label()));
    }

    @Override
    public BlockDocument compose(Database db, BuildContext context, Keys.Year key) {
        List<BriefingRecord> all = BriefingQueries.all(db);
        List<BriefingUse> uses = BriefingQueries.uses(db, context.year());
        return composer.compose(context.partnershipName(), context.year(),
                BriefingYear.listed(context.year(), context.latestYear(), all, uses), BriefingQueries.agencies(db),
                uses);
    }

    @Override
    public Renderer<BlockDocument> renderer(Format format) {
        return switch (format) {
            case PDF -> new BlockPdf();
            case DOCX -> new BlockDocx();
        };
    }
}

package qaf.annualtraining;

import java.util.List;
import qaf.analysis.briefing.BriefingRecord;
import qaf.analysis.briefing.BriefingUse;
import qaf.analysis.briefing.BriefingUseRollup;
import qaf.analysis.briefing.BriefingYear;
import qaf.analysis.training.TrainingAnalysis;
import qaf.analysis.training.TrainingYear;
import qaf.document.BlockDocument;
import qaf.kind.BuildContext;
import qaf.kind.DocumentKind;
import qaf.kind.Keys;
import qaf.render.Format;
import qaf.render.Renderer;
import qaf.render.docx.BlockDocx;
import qaf.render.pdf.BlockPdf;
import qaf.store.AuditQueries;
import qaf.store.BriefingQueries;
import qaf.store.Database;
import qaf.store.TrainingQueries;

/**
 * The Training subgroup's annual report: one per reporting year once the partnership records any
 * learning event. The briefing figures are the year's 7MB roll-up exactly as the briefing-uses kind
 * builds it, taken from that kind so the two documents cannot disagree.
 */
public final class AnnualTrainingKind implements DocumentKind<Keys.Year, BlockDocument> {

    @Override
    public String id() {
        return AnnualTrainingComposer.KIND;
    }

    @Override
    public List<Keys.Year> keys(Database db, BuildContext context) {
        return TrainingQueries.anyEvents(db) ? List.of(new Keys.Year(context.year().label())) : List.of();
    }

    @Override
    public BlockDocument compose(Database db, BuildContext context, Keys.Year key) {
        var year = context.year();
        TrainingYear t = TrainingAnalysis.analyse(year, TrainingQueries.events(db, year),
                TrainingQueries.attendance(db, year), TrainingQueries.feedback(db, year), AuditQueries.agencies(db),
                TrainingQueries.needs(db, year, context.terms()));
        List<BriefingRecord> all = BriefingQueries.all(db);
        List<BriefingUse> uses = BriefingQueries.uses(db, year);
        BriefingUseRollup rollup = BriefingUseRollup.of(BriefingYear.listed(year, context.latestYear(), all, uses),
                BriefingQueries.agencies(db), uses);
        int published = (int) all.stream().filter(b -> b.publishedOn() != null && year.contains(b.publishedOn()))
                .count();
        return AnnualTrainingComposer.compose(context.partnershipName(), year, t, rollup, published,
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

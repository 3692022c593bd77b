package qaf.annualtraining;

import java.util.List;
import qaf.analysis.training.TrainingAnalysis;
import qaf.analysis.training.TrainingYear;
import qaf.document.BlockDocument;
import qaf.render.docx.BlockDocx;
import qaf.render.pdf.BlockPdf;
import qaf.analysis.briefing.BriefingUseRollup;
import qaf.briefinguses.BriefingUsesKind;
import qaf.kind.DocumentKind;
import qaf.calendar.ReportingYear;
import qaf.render.Format;
import qaf.render.Renderer;
import qaf.store.AuditQueries;
import qaf.store.BriefingQueries;
import qaf.store.Database;
import qaf.store.PartnershipQueries;
import qaf.store.TrainingQueries;

/**
 * The Training subgroup's annual report: one per reporting year once the partnership records any
 * learning event. The briefing figures are the year's 7MB roll-up exactly as the briefing-uses kind
 * builds it, taken from that kind so the two documents cannot disagree.
 */
public final class AnnualTrainingKind implements DocumentKind<BlockDocument> {

    @Override
    public String id() {
        return AnnualTrainingComposer.KIND;
    }

    @Override
    public List<String> keys(Database db, ReportingYear year) {
        return TrainingQueries.anyEvents(db) ? List.of(year.label()) : List.of();
    }

    @Override
    public BlockDocument compose(Database db, ReportingYear year, String key) {
        TrainingYear t = TrainingAnalysis.analyse(year, TrainingQueries.events(db, year),
                TrainingQueries.attendance(db, year), TrainingQueries.feedback(db, year), AuditQueries.agencies(db),
                TrainingQueries.needs(db, year));
        BriefingUseRollup rollup = new BriefingUsesKind().compose(db, year, year.label()).rollup();
        int published = (int) BriefingQueries.all(db).stream()
                .filter(b -> b.publishedOn() != null && year.contains(b.publishedOn())).count();
        return AnnualTrainingComposer.compose(PartnershipQueries.partnership(db).name(), year, t, rollup, published);
    }

    @Override
    public Renderer<BlockDocument> renderer(Format format) {
        return switch (format) {
            case PDF -> new BlockPdf();
            case DOCX -> new BlockDocx();
        };
    }
}

package qaf.annualreviews;

import java.util.List;
import qaf.analysis.audit.ActionRecord;
import qaf.analysis.audit.ActionRegister;
import qaf.analysis.audit.ActionSource;
import qaf.analysis.audit.ActionTracker;
import qaf.analysis.review.Review;
import qaf.analysis.review.ReviewAnalysis;
import qaf.analysis.review.ReviewYear;
import qaf.document.BlockDocument;
import qaf.render.docx.BlockDocx;
import qaf.render.pdf.BlockPdf;
import qaf.kind.DocumentKind;
import qaf.calendar.BankHolidays;
import qaf.calendar.Nation;
import qaf.calendar.ReportingYear;
import qaf.calendar.WorkingDays;
import qaf.render.Format;
import qaf.render.Renderer;
import qaf.store.AuditQueries;
import qaf.store.Database;
import qaf.store.PartnershipQueries;
import qaf.store.ReviewQueries;

/**
 * The Serious Case Review subgroup's annual report: one per reporting year in which there is review
 * activity (a review became known, a clock was measured, or a review was completed or published).
 * Statuses are as at the year's last day.
 */
public final class AnnualReviewsKind implements DocumentKind<BlockDocument> {

    @Override
    public String id() {
        return AnnualReviewsComposer.KIND;
    }

    @Override
    public List<String> keys(Database db, ReportingYear year) {
        List<Review> reviews = ReviewQueries.reviews(db);
        if (reviews.isEmpty()) {
            return List.of();
        }
        return hasActivity(ReviewAnalysis.analyse(reviews, year, workingDays(db))) ? List.of(year.label()) : List.of();
    }

    static boolean hasActivity(ReviewYear r) {
        return r.aware() > 0 || !r.completed().isEmpty() || !r.published().isEmpty() || r.childDeaths().completed() > 0
                || r.clocks().stream().anyMatch(c -> !c.cases().isEmpty());
    }

    @Override
    public BlockDocument compose(Database db, ReportingYear year, String key) {
        if (!key.equals(year.label())) {
            throw new IllegalArgumentException("the annual report's key is its year, " + year.label());
        }
        PartnershipQueries.Partnership p = PartnershipQueries.partnership(db);
        ReviewYear r = ReviewAnalysis.analyse(ReviewQueries.reviews(db), year, workingDays(db));
        return AnnualReviewsComposer.compose(p.name(), year, r,
                reviewActions(AuditQueries.actions(db), AuditQueries.agencies(db), year));
    }

    /** Review actions agreed by the year end, rated by the action tracker as at the year end. */
    static ActionRegister reviewActions(List<ActionRecord> all, List<qaf.analysis.audit.Agency> agencies,
            ReportingYear year) {
        List<ActionRecord> mine = all.stream()
                .filter(a -> a.source() == ActionSource.REVIEW && !a.agreedOn().isAfter(year.end())).toList();
        return ActionTracker.register(mine, agencies, year.end());
    }

    private static WorkingDays workingDays(Database db) {
        return new WorkingDays(BankHolidays.load(Nation.fromId(PartnershipQueries.partnership(db).bankHolidays())));
    }

    @Override
    public Renderer<BlockDocument> renderer(Format format) {
        return switch (format) {
            case PDF -> new BlockPdf();
            case DOCX -> new BlockDocx();
        };
    }
}

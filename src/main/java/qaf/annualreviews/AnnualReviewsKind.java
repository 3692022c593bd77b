package qaf.annualreviews;

import java.time.LocalDate;
import java.util.List;
import qaf.analysis.audit.ActionRecord;
import qaf.analysis.audit.ActionRegister;
import qaf.analysis.audit.ActionSource;
import qaf.analysis.audit.ActionTracker;
import qaf.analysis.review.Review;
import qaf.analysis.review.ReviewAnalysis;
import qaf.analysis.review.ReviewYear;
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
import qaf.store.ReviewQueries;

/**
 * The Serious Case Review subgroup's annual report: one per reporting year in which there is review
 * activity (a review became known, a clock was measured, or a review was completed or published).
 * Statuses are as at the year's last day.
 */
public final class AnnualReviewsKind implements DocumentKind<Keys.Year, BlockDocument> {

    @Override
    public String id() {
        return AnnualReviewsComposer.KIND;
    }

    @Override
    public List<Keys.Year> keys(Database db, BuildContext context) {
        List<Review> reviews = ReviewQueries.reviews(db);
        if (reviews.isEmpty()) {
            return List.of();
        }
        return hasActivity(ReviewAnalysis.analyse(reviews, context.year(), context.workingDays(), context.asAt()))
                ? List.of(new Keys.Year(context.year().label())) : List.of();
    }

    static boolean hasActivity(ReviewYear r) {
        return r.aware() > 0 || !r.completed().isEmpty() || !r.published().isEmpty() || r.childDeaths().completed() > 0
                || r.clocks().stream().anyMatch(c -> !c.cases().isEmpty());
    }

    @Override
    public BlockDocument compose(Database db, BuildContext context, Keys.Year key) {
        ReviewYear r = ReviewAnalysis.analyse(ReviewQueries.reviews(db), context.year(), context.workingDays(),
                context.asAt());
        return AnnualReviewsComposer.compose(context.partnershipName(), context.year(), r,
                reviewActions(AuditQueries.actions(db), AuditQueries.agencies(db), context.asAt()), context.terms());
    }

    /** Review actions agreed by the as-at day, rated by the action tracker as at that day. */
    static ActionRegister reviewActions(List<ActionRecord> all, List<qaf.analysis.audit.Agency> agencies,
            LocalDate asAt) {
        List<ActionRecord> mine = all.stream()
                .filter(a -> a.source() == ActionSource.REVIEW && !a.agreedOn().isAfter(asAt)).toList();
        return ActionTracker.register(mine, agencies, asAt);
    }

    @Override
    public Renderer<BlockDocument> renderer(Format format) {
        return switch (format) {
            case PDF -> new BlockPdf();
            case DOCX -> new BlockDocx();
        };
    }
}

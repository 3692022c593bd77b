package qaf.annualreviews;

import java.util.ArrayList;
import java.util.List;
import qaf.analysis.audit.ActionRecord;
import qaf.analysis.audit.ActionSource;
import qaf.analysis.audit.ActionStatus;
import qaf.analysis.audit.Agency;
import qaf.analysis.review.Decision;
import qaf.analysis.review.Review;
import qaf.analysis.review.ReviewAnalysis;
import qaf.analysis.review.ReviewFixtures;
import qaf.analysis.review.ReviewType;
import qaf.document.BlockDocument;

/** The hand-worked review year plus awkward text, as the document the contract test renders. */
public final class AnnualReviewsFixtures {
    private AnnualReviewsFixtures() {
    }

    /**
     * The hand-worked year with one more rapid review that has no child and learning full of markup
     * characters ({@code <&>}, quotes, {@code ${x}}, non-Latin letters), and an impact text likewise.
     */
    public static BlockDocument awkwardDocument() {
        List<Review> reviews = new ArrayList<>(ReviewFixtures.reviews());
        // Aware Mon 4 Feb 2019, no notification yet: due Mon 11 Feb, so overdue on 31 Mar 2019.
        reviews.add(ReviewFixtures.review("RR-\u03A9", ReviewType.RAPID_REVIEW, null, null, "2019-02-04", null,
                Decision.PENDING, null, null, null, null,
                "Ask about <&> \"hidden\" adults; ${x} stays literal.\nSiobh\u00E1n's team: \u0141\u00F3d\u017A."));
        List<ActionRecord> actions = List.of(
                new ActionRecord("A1", ActionSource.REVIEW, "SCR-B", "POL", "Share <risk> & \"notes\"",
                        ReviewFixtures.d("2018-06-01"), ReviewFixtures.d("2019-01-31"), ActionStatus.OPEN, null, null,
                        null),
                new ActionRecord("A2", ActionSource.REVIEW, "SCR-B", null, "Re-audit files",
                        ReviewFixtures.d("2018-06-01"), ReviewFixtures.d("2018-12-31"), ActionStatus.COMPLETE,
                        ReviewFixtures.d("2018-12-01"), "Audit done", "Re-audit: 9 of 10 files <ok> & \"good\""));
        return AnnualReviewsComposer.compose("Kestrel Vale Safeguarding Children Partnership", ReviewFixtures.YEAR,
                ReviewAnalysis.analyse(reviews, ReviewFixtures.YEAR, ReviewFixtures.WD),
                AnnualReviewsKind.reviewActions(actions, List.of(new Agency("POL", "Police", "police", null)),
                        ReviewFixtures.YEAR.end()));
    }
}

package qaf.annualreviews;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import qaf.analysis.review.Review;
import qaf.analysis.review.ReviewType;
import qaf.analysis.review.ReviewYear;
import qaf.analysis.review.ReviewYear.Learning;
import qaf.analysis.review.ReviewYear.ThemeCount;
import qaf.analysis.review.ReviewYear.TypeCount;
import qaf.document.Block;
import qaf.compose.Cells;
import qaf.document.TableLayout;
import qaf.document.DataTable;
import qaf.terms.Terms;

/**
 * The reviews report's sections on the reviews themselves: notifications and the decisions on them,
 * the reviews completed and published, child death reviews (numbers and themes only) and the
 * learning recorded.
 */
final class ReviewSections {
    private ReviewSections() {
    }

    static void decisions(ReviewYear r, List<Block> body, Terms terms) {
        body.add(new Block.Heading(1, "Notifications and decisions"));
        body.add(new Block.Paragraph("Reviews the partnership became aware of in the year, by type, and the decision"
                + " recorded on each whether to hold the review."));
        List<List<String>> rows = new ArrayList<>();
        int[] total = new int[5];
        for (TypeCount t : r.byType()) {
            int[] v = {t.aware(), t.initiated(), t.notInitiated(), t.pending(), t.notRecorded()};
            List<String> row = new ArrayList<>();
            row.add(t.type().label(terms));
            for (int i = 0; i < v.length; i++) {
                row.add(Integer.toString(v[i]));
                total[i] += v[i];
            }
            rows.add(row);
        }
        List<String> last = new ArrayList<>();
        last.add("Total");
        for (int v : total) {
            last.add(Integer.toString(v));
        }
        rows.add(last);
        body.add(new Block.Table(new DataTable("decisions-by-type",
                List.of("Review type", "Became aware", "Initiated", "Not initiated", "Pending", "Not recorded"), rows),
                TableLayout.SIX));
        body.add(new Block.Paragraph("The table counts reviews. Reviews linked as one incident (a rapid review and"
                + " the LCSPR that came out of it) are one notification and one child, so the year had "
                + Cells.count(r.notifications(), "notifiable incident", "notifiable incidents") + " and "
                + Cells.count(r.children(), "child", "children") + " in its reviews; each linked review keeps its"
                + " own completion clock, and the notification is measured once, on the incident's first review."));
    }

    static String child(String pseudonym) {
        return pseudonym == null ? Cells.MISSING : pseudonym;
    }

    static void completed(ReviewYear r, List<Block> body, Terms terms) {
        body.add(new Block.Heading(1, "Reviews completed and published"));
        Map<String, Review> both = new LinkedHashMap<>();
        r.completed().forEach(x -> both.put(x.reviewRef(), x));
        r.published().stream().filter(x -> x.type() != ReviewType.CHILD_DEATH_REVIEW)
                .forEach(x -> both.putIfAbsent(x.reviewRef(), x));
        if (both.isEmpty()) {
            body.add(new Block.Paragraph("No review was completed or published in the year."));
            return;
        }
        body.add(new Block.Paragraph(Cells.count(r.completed().size(), "review was", "reviews were")
                + " completed and " + Cells.count(r.published().size(), "review was", "reviews were")
                + " published in the year (child death reviews are counted in their own section). A dash means"
                + " not yet, or not in the data."));
        List<List<String>> rows = new ArrayList<>();
        both.values().stream().sorted(Comparator.comparing(Review::type).thenComparing(Review::reviewRef))
                .forEach(x -> rows.add(List.of(x.type().label(terms), x.reviewRef(), child(x.pseudonym()),
                        Cells.day(x.completedOn()), Cells.day(x.publishedOn()))));
        body.add(new Block.Table(new DataTable("reviews-completed",
                List.of("Type", "Review", "Child", "Completed", "Published"), rows), TableLayout.FIVE));
    }

    static void childDeaths(ReviewYear r, List<Block> body) {
        body.add(new Block.Heading(1, "Child death reviews"));
        body.add(new Block.Paragraph("Numbers and themes only: child death reviews are the child death overview"
                + " panel's process, and no case detail is reported here. Child deaths notified in the year: "
                + r.childDeaths().aware() + ". Child death reviews completed in the year (whenever the death): "
                + r.childDeaths().completed() + "."));
        if (r.childDeaths().themes().isEmpty()) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (ThemeCount t : r.childDeaths().themes()) {
            rows.add(List.of(t.theme(), Integer.toString(t.count())));
        }
        body.add(new Block.Table(new DataTable("child-death-themes", List.of("Category recorded", "Deaths notified"),
                rows), TableLayout.TWO));
    }

    static void learning(ReviewYear r, List<Block> body, Terms terms) {
        body.add(new Block.Heading(1, "Learning themes"));
        if (r.learning().isEmpty()) {
            body.add(new Block.Paragraph("No learning is recorded for the reviews of this year."));
            return;
        }
        body.add(new Block.Paragraph("The learning recorded for each review the partnership became aware of or"
                + " completed in the year, as stored (already pseudonymised)."));
        for (Learning l : r.learning()) {
            body.add(new Block.Heading(2, l.reviewRef() + " (" + l.type().label(terms)
                    + (l.pseudonym() == null ? "" : ", " + l.pseudonym()) + ")"));
            body.add(new Block.Bullets(l.points()));
        }
    }
}

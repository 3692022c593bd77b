package qaf.annualtraining;

import static qaf.annualtraining.TrainingMeasures.eitherReach;
import static qaf.annualtraining.TrainingMeasures.kindsInWords;
import static qaf.annualtraining.TrainingMeasures.responseRate;

import java.util.ArrayList;
import java.util.List;
import qaf.analysis.training.TrainingYear;
import qaf.analysis.training.TrainingYear.ConfidenceChange;
import qaf.document.BlockDocument;
import qaf.document.Block;
import qaf.compose.Cells;
import qaf.document.TableLayout;
import qaf.analysis.briefing.BriefingUseRollup;
import qaf.calendar.ReportingYear;
import qaf.document.Audience;
import qaf.document.DataTable;
import qaf.document.DocumentMeta;
import qaf.terms.Terms;

/**
 * Words the Training subgroup's year as its annual report to the board. Pure: the training figures
 * and the 7MB roll-up in, blocks out (the audit overviews' block document, so the PDF and DOCX
 * renderers are shared). Feedback comments are shown as respondents wrote them, grouped by event:
 * free text may name a child, so they rely on the build's privacy screen (qaf.pipeline), which
 * every board document passes before it is rendered.
 *
 * <p>This class orders the sections and words the summary; the sections are worded by
 * {@link EventSections} and {@link SpreadSections}, the priorities by {@link TrainingPriorities}.
 */
final class AnnualTrainingComposer {
    static final String KIND = "annual-report-training";

    private AnnualTrainingComposer() {
    }

    /** In the framework's own words: what a partnership without terms.csv reads. */
    static BlockDocument compose(String partnershipName, ReportingYear year, TrainingYear t,
            BriefingUseRollup briefings, int briefingsPublished) {
        return compose(partnershipName, year, t, briefings, briefingsPublished, Terms.FRAMEWORK);
    }

    /**
     * @param t the year's training figures
     * @param briefings the 7MB roll-up of the year (built once, by the briefing-uses kind)
     * @param briefingsPublished briefings whose publication day falls in the year
     * @param terms the partnership's name for its training subgroup, in the title
     */
    static BlockDocument compose(String partnershipName, ReportingYear year, TrainingYear t,
            BriefingUseRollup briefings, int briefingsPublished, Terms terms) {
        List<String> refs = new ArrayList<>();
        refs.add("training-" + year.label());
        t.events().forEach(e -> refs.add(e.ref()));
        DocumentMeta meta = new DocumentMeta(KIND, partnershipName,
                terms.trainingSubgroup() + " annual report " + year.label(),
                "Learning events, feedback and reach, " + Cells.longDay(year.start()) + " to "
                        + Cells.longDay(year.end()), Audience.BOARD, refs);
        List<String> priorities = TrainingPriorities.of(t, briefings);
        List<Block> body = new ArrayList<>();
        summary(year, t, briefings, briefingsPublished, priorities.size(), body);
        EventSections.events(t, body);
        EventSections.attendance(t, body);
        EventSections.feedback(t, body);
        EventSections.confidence(t, body);
        SpreadSections.briefings(year, briefings, briefingsPublished, body);
        SpreadSections.needs(t, body);
        SpreadSections.impact(t, briefings, body);
        body.add(new Block.Heading(1, "Priorities arising"));
        body.add(new Block.Paragraph("Each priority is derived from a figure in this report, stated with it."));
        if (priorities.isEmpty()) {
            body.add(new Block.Paragraph("The figures raise no priority: every agency was reached, every learning"
                    + " need had an event and no event was rated below the others."));
        } else {
            body.add(new Block.Bullets(priorities));
        }
        return new BlockDocument(meta, KIND + "-" + year.label(),
                "Events held " + Cells.longDay(year.start()) + " to " + Cells.longDay(year.end())
                        + "; statuses as at " + Cells.longDay(year.end()) + ".", body);
    }

    private static void summary(ReportingYear year, TrainingYear t, BriefingUseRollup b, int published,
            int priorities, List<Block> body) {
        body.add(new Block.Heading(1, "Summary"));
        body.add(new Block.Paragraph("The headline figures of " + year.label() + ". Each is explained in its"
                + " section below; the priorities arising close the report."));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Learning events held", t.events().size() + kindsInWords(t.byKind())));
        rows.add(List.of("Attendees", t.attendees() + " from " + Cells.count(t.attendance().size(), "agency",
                "agencies")));
        rows.add(List.of("Agencies reached by an event", Cells.ratio(t.reach()) + "; "
                + Cells.count(t.absent().size(), "agency", "agencies") + " absent"));
        rows.add(List.of("Feedback responses", t.ratings().responses() + " (" + responseRate(t) + " of attendees)"));
        rows.add(List.of("Mean rating (1 to 5)", Cells.mean(t.ratings().mean())));
        ConfidenceChange c = t.confidence();
        rows.add(List.of("Confidence before and after (1 to 5)", Cells.mean(c.before()) + " before, "
                + Cells.mean(c.after()) + " after: change " + Cells.change(c.before(), c.after())
                + " (respondents scoring both)"));
        rows.add(List.of("Respondents whose confidence rose", Cells.ratio(c.roseShare())));
        rows.add(List.of("Seven-minute briefings", published + " published; "
                + Cells.count(b.totals().counts().sessions(), "session", "sessions") + " by "
                + Cells.count(b.totals().agenciesReached(), "agency", "agencies")));
        rows.add(List.of("Learning needs addressed by an event", Cells.ratio(t.needsAddressed())));
        rows.add(List.of("Agencies reached by an event or a briefing session", Cells.ratio(eitherReach(t, b))));
        rows.add(List.of("Priorities arising", Integer.toString(priorities)));
        body.add(new Block.Table(new DataTable("summary", List.of("Measure", "Figure"), rows), TableLayout.TWO));
        body.add(new Block.Paragraph("Confidence is self-reported by the respondents, at the end of the event;"
                + " it is not a measure of practice."));
        // The summary is the report's first page on its own, as the other subgroups' reports do.
        body.add(new Block.PageBreak());
    }
}

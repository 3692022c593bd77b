package qaf.annualtraining;

import static qaf.annualtraining.TrainingMeasures.eitherReach;

import java.util.ArrayList;
import java.util.List;
import qaf.analysis.audit.Ratio;
import qaf.analysis.training.TrainingYear;
import qaf.analysis.training.TrainingYear.ConfidenceChange;
import qaf.analysis.training.TrainingYear.NeedCoverage;
import qaf.document.Block;
import qaf.compose.Cells;
import qaf.document.TableLayout;
import qaf.analysis.briefing.BriefingUseRollup;
import qaf.calendar.ReportingYear;
import qaf.document.DataTable;

/**
 * The training report's sections on how far the learning spread beyond the events: the
 * seven-minute briefings cascaded, the learning needs addressed, and the impact the data can show.
 */
final class SpreadSections {
    private SpreadSections() {
    }

    static void briefings(ReportingYear year, BriefingUseRollup b, int published, List<Block> body) {
        body.add(new Block.Heading(1, "Seven-minute briefings and their use"));
        BriefingUseRollup.Totals tot = b.totals();
        body.add(new Block.Paragraph("Seven-minute briefings published in " + year.label() + ": " + published
                + ". Sessions cascading a briefing in the year: " + tot.counts().sessions() + ", delivered by "
                + Cells.ratio(new Ratio(tot.agenciesReached(), Math.max(tot.agenciesListed(), tot.agenciesReached())))
                + " agencies to " + Cells.count(tot.counts().attendees(), "attendee", "attendees") + " in "
                + Cells.count(tot.counts().teams(), "distinct team", "distinct teams") + "; sessions that agreed actions: "
                + tot.counts().sessionsAgreeingActions() + ". These are the figures of the year's 7MB action plan"
                + " roll-up."));
        if (!b.byBriefing().isEmpty()) {
            body.add(new Block.Table(new DataTable("briefing-use-by-briefing",
                    List.of("Briefing", "Agencies", "Sessions", "Teams", "Attendees"),
                    b.byBriefing().stream().map(l -> List.of(l.briefing().ref() + ": " + l.briefing().name(),
                            Integer.toString(l.agencies()), Integer.toString(l.counts().sessions()),
                            Integer.toString(l.counts().teams()), Integer.toString(l.counts().attendees()))).toList()),
                    TableLayout.FIVE));
            // The paragraph's agencies and teams are distinct in the year; the columns count them per briefing.
            body.add(new Block.Paragraph("Agencies and Teams count each agency and each team under every briefing it"
                    + " cascaded, so they add up to " + b.byBriefing().stream().mapToInt(l -> l.agencies()).sum()
                    + " and " + b.byBriefing().stream().mapToInt(l -> l.counts().teams()).sum() + "; the "
                    + Cells.count(tot.agenciesReached(), "agency", "agencies") + " and "
                    + Cells.count(tot.counts().teams(), "team", "teams") + " above count each once."));
        }
        if (!b.byAgency().isEmpty()) {
            body.add(new Block.Heading(1, "Briefing use by agency"));
            body.add(new Block.Paragraph(Cells.count(b.byAgency().size(), "agency", "agencies")
                    + " cascaded at least one briefing in the year."));
            body.add(new Block.Table(new DataTable("briefing-use-by-agency",
                    List.of("Agency", "Briefings", "Sessions", "Teams", "Attendees"),
                    b.byAgency().stream().map(l -> List.of(l.agency().name(), Integer.toString(l.briefings()),
                            Integer.toString(l.counts().sessions()), Integer.toString(l.counts().teams()),
                            Integer.toString(l.counts().attendees()))).toList()), TableLayout.FIVE));
        }
    }

    static void needs(TrainingYear t, List<Block> body) {
        body.add(new Block.Heading(1, "Learning needs and the events that addressed them"));
        body.add(new Block.Paragraph("A learning need is an evaluation whose panel met in the year (the need is its"
                + " theme) or a review completed in the year with learning recorded. An event held in the year"
                + " addresses a need when its source is that evaluation or review, or when its theme is the"
                + " evaluation's theme (ignoring case). An event on the same subject recorded under another theme"
                + " and no source is not counted."));
        if (t.needs().isEmpty()) {
            body.add(new Block.Paragraph("No evaluation was held and no review with learning was completed in the"
                    + " year."));
            return;
        }
        body.add(new Block.Paragraph("Addressed: " + Cells.ratio(t.needsAddressed()) + "."));
        List<List<String>> rows = new ArrayList<>();
        for (NeedCoverage n : t.needs()) {
            rows.add(List.of(n.need().ref() + ": " + n.need().description(), n.need().source().label(),
                    Cells.day(n.need().arose()), n.addressed() ? String.join(", ", n.eventRefs()) : "None"));
        }
        body.add(new Block.Table(new DataTable("learning-needs", List.of("Need", "From", "Arose", "Events"), rows),
                TableLayout.FOUR));
    }

    static void impact(TrainingYear t, BriefingUseRollup b, List<Block> body) {
        ConfidenceChange c = t.confidence();
        body.add(new Block.Heading(1, "Impact"));
        body.add(new Block.Paragraph("The evidence of impact the data hold, in numbers, beyond satisfaction"
                + " ratings:"));
        List<String> items = new ArrayList<>();
        items.add("Reach: " + Cells.ratio(t.reach()) + " agencies attended an event, and "
                + Cells.ratio(eitherReach(t, b)) + " were reached by an event or a briefing session.");
        items.add("Confidence: " + (c.pairs() == 0 ? "no respondent scored both before and after."
                : "mean " + Cells.mean(c.before()) + " before and " + Cells.mean(c.after()) + " after (change "
                        + Cells.change(c.before(), c.after()) + "); rose for " + Cells.ratio(c.roseShare())
                        + " respondents scoring both."));
        items.add("Learning spread: " + Cells.ratio(t.needsAddressed()) + " of the year's learning needs had an"
                + " event; briefing sessions that agreed actions: " + b.totals().counts().sessionsAgreeingActions()
                + ".");
        body.add(new Block.Bullets(items));
        body.add(new Block.Paragraph("What the data cannot show: whether practice changed after an event, or"
                + " outcomes for children; the confidence of attendees who did not respond; whether confidence"
                + " lasted; whether the actions agreed at briefing sessions were completed. Later evaluation grades"
                + " on the same themes are the place to look for that evidence."));
    }
}

package qaf.annualtraining;

import static qaf.annualtraining.TrainingMeasures.kindLabel;
import static qaf.annualtraining.TrainingMeasures.responseRate;

import qaf.document.Tone;

import qaf.compose.Charts;

import java.util.ArrayList;
import java.util.List;
import qaf.analysis.training.TrainingYear;
import qaf.analysis.training.TrainingYear.ConfidenceChange;
import qaf.analysis.training.TrainingYear.EventLine;
import qaf.document.Block;
import qaf.compose.Cells;
import qaf.document.TableLayout;
import qaf.document.DataTable;

/**
 * The training report's sections on the events themselves: what was held, who attended, the
 * feedback and comments, and the confidence respondents reported before and after.
 */
final class EventSections {
    static final String NO_THEME = "No theme recorded";

    private EventSections() {
    }

    static void events(TrainingYear t, List<Block> body) {
        body.add(new Block.Heading(1, "Learning events"));
        if (t.events().isEmpty()) {
            body.add(new Block.Paragraph("No learning event was held in the year."));
            return;
        }
        body.add(new Block.Paragraph("Learning events held in the year: " + t.events().size() + "."));
        body.add(new Block.Table(new DataTable("events-by-kind", List.of("Kind", "Events"),
                t.byKind().stream().map(k -> List.of(kindLabel(k.label()), Integer.toString(k.count()))).toList()),
                TableLayout.TWO, 1));
        body.add(new Block.Table(new DataTable("events-by-theme", List.of("Theme", "Events"),
                t.byTheme().stream().map(k -> List.of(k.label().isEmpty() ? NO_THEME : k.label(),
                        Integer.toString(k.count()))).toList()), TableLayout.TWO, 1));
        body.add(new Block.Heading(1, "Events held"));
        body.add(new Block.Paragraph("Each event of the year, by day, with the review or evaluation it spreads"
                + " learning from (its source) and its recorded attendees."));
        List<List<String>> rows = new ArrayList<>();
        for (EventLine l : t.perEvent()) {
            rows.add(List.of(l.event().ref() + ": " + l.event().title(), Cells.day(l.event().heldOn()),
                    kindLabel(l.event().kind()), l.event().sourceRef().isEmpty() ? Cells.MISSING : l.event().sourceRef(),
                    Integer.toString(l.attendees())));
        }
        body.add(new Block.Table(new DataTable("events", List.of("Event", "Held on", "Kind", "Source", "Attendees"),
                rows), TableLayout.FIVE));
    }

    static void attendance(TrainingYear t, List<Block> body) {
        body.add(new Block.Heading(1, "Attendance by agency"));
        body.add(new Block.Paragraph("An agency is reached when at least one of its staff attended an event held"
                + " in the year. Reached: " + Cells.ratio(t.reach()) + " of the agencies listed, with "
                + t.attendees() + " attendees in all."));
        if (!t.attendance().isEmpty()) {
            List<List<String>> rows = t.attendance().stream().map(r -> List.of(r.agency().name(),
                    r.agency().sector(), Integer.toString(r.events()), Integer.toString(r.attendees()))).toList();
            body.add(new Block.Table(new DataTable("attendance-by-agency",
                    List.of("Agency", "Sector", "Events attended", "Attendees"), rows), TableLayout.FOUR, 2, 3));
        }
        body.add(new Block.Heading(2, "Agencies absent"));
        if (t.absent().isEmpty()) {
            body.add(new Block.Paragraph("Every agency listed attended at least one event."));
        } else {
            body.add(new Block.Paragraph(Cells.count(t.absent().size(), "agency", "agencies")
                    + " had no attendance at any event in the year:"));
            body.add(new Block.Bullets(t.absent().stream().map(a -> a.name() + " (" + a.code() + ")").toList()));
        }
    }

    static void feedback(TrainingYear t, List<Block> body) {
        body.add(new Block.Heading(1, "Feedback ratings"));
        if (t.ratings().responses() == 0) {
            body.add(new Block.Paragraph("No feedback was recorded for the year's events."));
            return;
        }
        body.add(new Block.Paragraph("Respondents: " + t.ratings().responses() + ", rating the events from 1 (lowest) to 5"
                + " (highest); mean rating " + Cells.mean(t.ratings().mean()) + ". Feedback came from "
                + responseRate(t) + " of recorded attendees."));
        List<String> header = List.of("Rating", "1", "2", "3", "4", "5");
        List<String> row = new ArrayList<>();
        row.add("Respondents");
        t.ratings().counts().forEach(n -> row.add(Integer.toString(n)));
        body.add(new Block.Table(new DataTable("rating-distribution", header, List.of(row)), TableLayout.SIX));
        body.add(new Block.Heading(1, "Feedback by event"));
        body.add(new Block.Paragraph("Responses, mean rating and the change in mean confidence (respondents scoring"
                + " both) for each event; \u2013 where there is nothing to average."));
        List<List<String>> rows = new ArrayList<>();
        for (EventLine l : t.perEvent()) {
            rows.add(List.of(l.event().ref(), Integer.toString(l.attendees()),
                    Integer.toString(l.rating().responses()), Cells.mean(l.rating().mean()),
                    Cells.change(l.confidence().before(), l.confidence().after())));
        }
        body.add(new Block.Table(new DataTable("feedback-by-event",
                List.of("Event", "Attendees", "Responses", "Mean rating", "Confidence change"), rows),
                TableLayout.FIVE));
        comments(t, body);
    }

    /** What respondents said, grouped by event; screened for children's names by the build like all text. */
    private static void comments(TrainingYear t, List<Block> body) {
        body.add(new Block.Heading(2, "What respondents said"));
        List<EventLine> said = t.perEvent().stream().filter(l -> !l.comments().isEmpty()).toList();
        if (said.isEmpty()) {
            body.add(new Block.Paragraph("No respondent left a comment on the year's events."));
            return;
        }
        body.add(new Block.Paragraph("Each comment as the respondent wrote it, by event; events without a comment"
                + " are not listed."));
        for (EventLine l : said) {
            body.add(new Block.Heading(3, l.event().ref() + ": " + l.event().title() + " ("
                    + Cells.count(l.comments().size(), "comment", "comments") + ")"));
            body.add(new Block.Bullets(l.comments()));
        }
    }

    static void confidence(TrainingYear t, List<Block> body) {
        ConfidenceChange c = t.confidence();
        body.add(new Block.Heading(1, "Confidence before and after"));
        if (c.pairs() == 0) {
            body.add(new Block.Paragraph("No respondent scored their confidence both before and after an event."));
            return;
        }
        body.add(new Block.Paragraph(c.pairs() + " of " + c.respondents() + " respondents scored their confidence"
                + " from 1 to 5 both before and after the event. Mean before " + Cells.mean(c.before())
                + ", after " + Cells.mean(c.after()) + ": a change of " + Cells.change(c.before(), c.after())
                + ". Confidence rose for " + Cells.ratio(c.roseShare()) + ", stayed the same for " + c.same()
                + " and fell for " + c.fell() + "."));
        body.add(new Block.Paragraph("Limits: the scores are self-reported, by respondents only ("
                + responseRate(t) + " of attendees responded), and both are given at the end of the event;"
                + " they say nothing of later practice."));
        List<String> levels = List.of("1 (lowest)", "2", "3", "4", "5 (highest)");
        List<String> series = new ArrayList<>();
        List<Tone> tones = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            series.add("Confidence " + levels.get(i));
            // Confidence fills 1 (lowest) to 5; each keeps black text at 4.5:1 or more.
            tones.add(Tone.scale(i + 1, 5));
        }
        int[][] counts = new int[5][2];
        for (int i = 0; i < 5; i++) {
            counts[i][0] = c.beforeCounts().get(i);
            counts[i][1] = c.afterCounts().get(i);
        }
        String alt = "Stacked bar chart of the confidence of " + c.pairs() + " respondents from 1 (lowest) to 5"
                + " (highest). Before: " + levelList(c.beforeCounts()) + ". After: " + levelList(c.afterCounts())
                + ".";
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("Before", c.beforeCounts()));
        rows.add(row("After", c.afterCounts()));
        DataTable data = new DataTable("confidence-before-after", List.of("When", "1", "2", "3", "4", "5"), rows);
        body.add(new Block.Figure(Charts.stacked("Confidence before and after the events", alt, "Respondents",
                List.of("Before", "After"), series, tones, counts), data));
        body.add(new Block.Table(data, TableLayout.SIX));
    }

    private static List<String> row(String label, List<Integer> counts) {
        List<String> r = new ArrayList<>();
        r.add(label);
        counts.forEach(n -> r.add(Integer.toString(n)));
        return r;
    }

    private static String levelList(List<Integer> counts) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            parts.add(counts.get(i) + " at " + (i + 1));
        }
        return String.join(", ", parts);
    }
}

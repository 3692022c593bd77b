package qaf.annualtraining;

import qaf.document.Tone;

import qaf.compose.Charts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import qaf.analysis.audit.Agency;
import qaf.analysis.audit.Ratio;
import qaf.analysis.training.TrainingYear;
import qaf.analysis.training.TrainingYear.ConfidenceChange;
import qaf.analysis.training.TrainingYear.EventLine;
import qaf.analysis.training.TrainingYear.NeedCoverage;
import qaf.analysis.training.TrainingYear.Tally;
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
 */
final class AnnualTrainingComposer {
    static final String KIND = "annual-report-training";
    static final String NO_THEME = "No theme recorded";
    /** Below this share of attendees responding, feedback is flagged as a priority (half). */
    static final int LOW_RESPONSE_PERCENT = 50;
    /** Confidence fills 1 (lowest) to 5; each keeps black text at 4.5:1 or more. */

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
        List<String> priorities = priorities(t, briefings);
        List<Block> body = new ArrayList<>();
        summary(year, t, briefings, briefingsPublished, priorities.size(), body);
        events(t, body);
        attendance(t, body);
        feedback(t, body);
        confidence(t, body);
        briefings(year, briefings, briefingsPublished, body);
        needs(t, body);
        impact(t, briefings, body);
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

    private static void events(TrainingYear t, List<Block> body) {
        body.add(new Block.Heading(1, "Learning events"));
        if (t.events().isEmpty()) {
            body.add(new Block.Paragraph("No learning event was held in the year."));
            return;
        }
        body.add(new Block.Paragraph("Learning events held in the year: " + t.events().size() + "."));
        body.add(new Block.Table(new DataTable("events-by-kind", List.of("Kind", "Events"),
                t.byKind().stream().map(k -> List.of(kindLabel(k.label()), Integer.toString(k.count()))).toList()),
                TableLayout.TWO));
        body.add(new Block.Table(new DataTable("events-by-theme", List.of("Theme", "Events"),
                t.byTheme().stream().map(k -> List.of(k.label().isEmpty() ? NO_THEME : k.label(),
                        Integer.toString(k.count()))).toList()), TableLayout.TWO));
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

    private static void attendance(TrainingYear t, List<Block> body) {
        body.add(new Block.Heading(1, "Attendance by agency"));
        body.add(new Block.Paragraph("An agency is reached when at least one of its staff attended an event held"
                + " in the year. Reached: " + Cells.ratio(t.reach()) + " of the agencies listed, with "
                + t.attendees() + " attendees in all."));
        if (!t.attendance().isEmpty()) {
            List<List<String>> rows = t.attendance().stream().map(r -> List.of(r.agency().name(),
                    r.agency().sector(), Integer.toString(r.events()), Integer.toString(r.attendees()))).toList();
            body.add(new Block.Table(new DataTable("attendance-by-agency",
                    List.of("Agency", "Sector", "Events attended", "Attendees"), rows), TableLayout.FOUR));
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

    private static void feedback(TrainingYear t, List<Block> body) {
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

    private static void confidence(TrainingYear t, List<Block> body) {
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

    private static void briefings(ReportingYear year, BriefingUseRollup b, int published, List<Block> body) {
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

    private static void needs(TrainingYear t, List<Block> body) {
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

    private static void impact(TrainingYear t, BriefingUseRollup b, List<Block> body) {
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

    /** Derived, each with its figure: agencies not reached, needs with no event, the lowest-rated events. */
    static List<String> priorities(TrainingYear t, BriefingUseRollup b) {
        List<String> items = new ArrayList<>();
        List<Agency> neither = notReachedAtAll(t, b);
        if (!neither.isEmpty()) {
            items.add("Reach the agencies with no attendance and no briefing session: "
                    + Cells.count(neither.size(), "agency", "agencies") + " of " + t.agenciesListed() + " ("
                    + names(neither) + ").");
        }
        List<NeedCoverage> open = t.needs().stream().filter(n -> !n.addressed()).toList();
        if (!open.isEmpty()) {
            items.add("Plan learning for the needs no event addressed: " + open.size() + " of " + t.needs().size()
                    + " (" + String.join("; ", open.stream().map(n -> n.need().ref() + ", "
                            + n.need().description()).toList()) + ").");
        }
        lowestRated(t).ifPresent(items::add);
        Ratio response = responseRatio(t);
        if (!response.isUndefined() && response.wholePercent() < LOW_RESPONSE_PERCENT) {
            items.add("Raise the feedback response: " + Cells.ratio(response) + " attendees responded, so the"
                    + " confidence figures speak for fewer than half.");
        }
        return items;
    }

    private static Optional<String> lowestRated(TrainingYear t) {
        List<EventLine> rated = t.perEvent().stream().filter(l -> l.rating().responses() > 0).toList();
        if (rated.size() < 2) {
            return Optional.empty();
        }
        // Compare means exactly (cross-multiplied), so a tie is a tie, not a rounding accident.
        EventLine low = rated.get(0);
        for (EventLine l : rated) {
            if (less(l, low)) {
                low = l;
            }
        }
        EventLine min = low;
        List<EventLine> lowest = rated.stream().filter(l -> !less(min, l) && !less(l, min)).toList();
        if (lowest.size() == rated.size()) {
            return Optional.empty();
        }
        List<String> parts = lowest.stream().map(l -> l.event().ref() + " (" + l.event().title() + "): mean "
                + Cells.mean(l.rating().mean()) + " from " + l.rating().responses() + " responses").toList();
        return Optional.of("Review the lowest-rated " + (lowest.size() == 1 ? "event" : "events") + ", "
                + String.join("; ", parts) + ", against the year's mean of " + Cells.mean(t.ratings().mean()) + ".");
    }

    private static boolean less(EventLine a, EventLine b) {
        return (long) a.rating().mean().sum() * b.rating().mean().count()
                < (long) b.rating().mean().sum() * a.rating().mean().count();
    }

    private static List<Agency> notReachedAtAll(TrainingYear t, BriefingUseRollup b) {
        Set<String> briefed = new HashSet<>();
        b.byAgency().forEach(l -> briefed.add(l.agency().ref()));
        return t.absent().stream().filter(a -> !briefed.contains(a.code())).toList();
    }

    private static Ratio eitherReach(TrainingYear t, BriefingUseRollup b) {
        int listed = t.agenciesListed();
        int neither = notReachedAtAll(t, b).size();
        return new Ratio(listed - neither, listed);
    }

    private static Ratio responseRatio(TrainingYear t) {
        int attendees = t.attendees();
        int responses = t.ratings().responses();
        // More responses than recorded attendees means the register is short; cap so the share stays a share.
        return new Ratio(Math.min(responses, attendees), attendees);
    }

    private static String responseRate(TrainingYear t) {
        return Cells.percent(responseRatio(t));
    }

    private static String names(List<Agency> agencies) {
        List<String> n = agencies.stream().map(Agency::name).toList();
        return String.join("; ", n);
    }

    private static String kindsInWords(List<Tally> byKind) {
        List<String> parts = byKind.stream().filter(k -> k.count() > 0)
                .map(k -> k.count() + " " + kindLabel(k.label()).toLowerCase(Locale.UK)
                        + (k.count() == 1 ? "" : "s")).toList();
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    static String kindLabel(String kind) {
        return switch (kind) {
            case "briefing-session" -> "Briefing session";
            case "course" -> "Course";
            case "conference" -> "Conference";
            case "webinar" -> "Webinar";
            default -> kind;
        };
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

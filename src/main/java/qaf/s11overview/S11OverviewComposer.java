package qaf.s11overview;

import qaf.document.Chart;

import qaf.document.Tone;

import qaf.compose.Charts;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import qaf.analysis.audit.ActionRegister;
import qaf.analysis.audit.Agency;
import qaf.analysis.audit.AuditLabels;
import qaf.analysis.audit.ScoreCounts;
import qaf.analysis.audit.Section11Overview;
import qaf.analysis.audit.Section11Overview.AgencyChange;
import qaf.analysis.audit.Section11Overview.AgencyDrop;
import qaf.analysis.audit.Section11Overview.AgencyProfile;
import qaf.analysis.audit.Section11Overview.CycleComparison;
import qaf.analysis.audit.Section11Overview.ProfileCell;
import qaf.analysis.audit.Section11Overview.ReturnLine;
import qaf.analysis.audit.Section11Overview.StandardChange;
import qaf.analysis.audit.Section11Overview.StandardSummary;
import qaf.compose.ActionsSection;
import qaf.document.BlockDocument;
import qaf.document.Block;
import qaf.compose.Cells;
import qaf.document.TableLayout;
import qaf.calendar.ClockResult;
import qaf.calendar.ReportingYear;
import qaf.document.Audience;
import qaf.document.DataTable;
import qaf.document.DocumentMeta;

/**
 * Words one Section 11 cycle's figures as the board overview. Pure: analysis records in, document
 * out. No child appears in a Section 11 return, so the board audience needs no further filtering.
 */
public final class S11OverviewComposer {
    static final String KIND = "s11-overview";
    static final String ARROW = "\u2192";

    /** Score fills, 0 (not met) to 3 (fully met); all keep black text at 4.5:1 or more. */
    /** A score of 0 (not met) to 3 (fully met with evidence of impact) on the palette's ordinal scale. */
    static Tone scoreTone(int score) {
        return Tone.scale(score + 1, 4);
    }

    private S11OverviewComposer() {
    }

    /**
     * @param partnershipName for the running header
     * @param year the reporting year being built; its end dates every status
     * @param actions the cycle's Section 11 actions, rated as at the year end
     */
    public static BlockDocument compose(String partnershipName, ReportingYear year, Section11Overview o,
            ActionRegister actions) {
        String cycle = o.cycle();
        List<String> refs = new ArrayList<>();
        refs.add("s11-" + cycle);
        o.comparison().ifPresent(c -> refs.add("s11-" + c.previousCycle()));
        DocumentMeta meta = new DocumentMeta(KIND, partnershipName, "Section 11 audit " + cycle + ": overview",
                "Reporting year " + year.label(), Audience.BOARD, refs);
        List<Block> body = new ArrayList<>();
        returns(o, body);
        standards(o, body);
        heatmap(o, body);
        panel(o, body);
        drops(o, body);
        comparison(o, body);
        body.addAll(ActionsSection.blocks(actions, "Section 11 cycle " + cycle));
        notes(o, actions, body);
        return new BlockDocument(meta, "s11-" + cycle,
                Cells.statusesAsAt(actions.asOf(), year), body);
    }

    private static void returns(Section11Overview o, List<Block> body) {
        body.add(new Block.Heading(1, "Returns"));
        body.add(new Block.Paragraph("Returns submitted: " + Cells.ratio(o.returnRate()) + " of the agencies asked."
                + " On time: " + Cells.ratio(o.onTimeRate()) + "."));
        TreeSet<String> dues = new TreeSet<>();
        o.returns().forEach(r -> dues.add(Cells.day(r.clock().due())));
        body.add(new Block.Paragraph("A return is on time when submitted on or before its due date ("
                + String.join(", ", dues) + "); a return not submitted counts against both"
                + " rates."));
        if (o.returns().isEmpty()) {
            body.add(new Block.Paragraph("No agency was asked for a return in this cycle."));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (ReturnLine r : o.returns()) {
            rows.add(List.of(r.agency().name(), Cells.day(r.clock().due()), Cells.day(r.clock().done()),
                    status(r.clock()), r.standardsScored() + " of " + AuditLabels.STANDARDS,
                    r.moderation() ? "Yes" : "No"));
        }
        body.add(new Block.Table(new DataTable("returns",
                List.of("Agency", "Due", "Submitted", "Status", "Standards scored", "Moderation panel"), rows),
                TableLayout.SIX));
    }

    /** "On time", "Late (3 days)", "Overdue (12 days)", "Not yet due". */
    static String status(ClockResult c) {
        return switch (c.status()) {
            case ON_TIME -> "On time";
            case LATE -> "Late (" + Cells.count(c.daysLate(), "day", "days") + ")";
            case OVERDUE -> "Not submitted, overdue (" + Cells.count(c.daysLate(), "day", "days") + ")";
            case NOT_YET_DUE -> "Not yet due";
        };
    }

    private static void standards(Section11Overview o, List<Block> body) {
        body.add(new Block.Heading(1, "Scores by standard"));
        List<String> categories = new ArrayList<>();
        int[][] counts = new int[4][AuditLabels.STANDARDS * 2];
        List<String> alt = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        int i = 0;
        for (StandardSummary s : o.standards()) {
            categories.add(s.standard() + " self");
            categories.add(s.standard() + " moderated");
            for (int score = 0; score <= 3; score++) {
                counts[score][i] = s.self().count(score);
                counts[score][i + 1] = s.moderated().count(score);
            }
            i += 2;
            alt.add("standard " + s.standard() + " (" + s.name() + "): self " + distribution(s.self())
                    + "; moderated " + distribution(s.moderated()));
            rows.add(List.of(s.standard() + " " + s.name(), compact(s.self()), Cells.mean(s.self().mean()),
                    compact(s.moderated()), Cells.mean(s.moderated().mean()), shift(s)));
        }
        List<String> series = new ArrayList<>();
        List<Tone> tones = new ArrayList<>();
        for (int score = 0; score <= 3; score++) {
            series.add("Score " + score);
            tones.add(scoreTone(score));
        }
        String altText = "Bar chart of Section 11 scores per standard, self and moderated, as counts of scores 0, 1,"
                + " 2 and 3: " + String.join("; ", alt) + ".";
        DataTable series1 = new DataTable("score-distribution",
                List.of("standard", "kind", "score_0", "score_1", "score_2", "score_3", "total"),
                distributionRows(o));
        body.add(new Block.Figure(Charts.stacked("Scores by standard, self and moderated", altText,
                "Number of scores", categories, series, tones, counts), series1));
        body.add(new Block.Paragraph("Each standard is scored 0 (not met) to 3 (fully met with evidence of"
                + " impact): first by the agency itself, then by the moderation panel. The chart shows how many"
                + " agencies gave each score (self) and how many scores the panel settled on (moderated)."));
        body.add(new Block.Table(new DataTable("standards",
                List.of("Standard", "Self 0/1/2/3", "Self mean", "Moderated 0/1/2/3", "Moderated mean",
                        "Panel lowered / raised / kept"), rows), TableLayout.SIX));
    }

    private static List<List<String>> distributionRows(Section11Overview o) {
        List<List<String>> rows = new ArrayList<>();
        for (StandardSummary s : o.standards()) {
            for (boolean self : new boolean[] {true, false}) {
                ScoreCounts c = self ? s.self() : s.moderated();
                rows.add(List.of(Integer.toString(s.standard()), self ? "self" : "moderated",
                        Integer.toString(c.zero()), Integer.toString(c.one()), Integer.toString(c.two()),
                        Integer.toString(c.three()), Integer.toString(c.total())));
            }
        }
        return rows;
    }

    /** "no scores" or "0: 1, 1: 2, 2: 10, 3: 6". */
    static String distribution(ScoreCounts c) {
        if (c.isEmpty()) {
            return "no scores";
        }
        return "score 0: " + c.zero() + ", 1: " + c.one() + ", 2: " + c.two() + ", 3: " + c.three();
    }

    /** "1/2/10/6", or "–" when there are no scores at all (not "0/0/0/0"). */
    static String compact(ScoreCounts c) {
        return c.isEmpty() ? Cells.MISSING : c.zero() + "/" + c.one() + "/" + c.two() + "/" + c.three();
    }

    private static String shift(StandardSummary s) {
        if (s.shift().moderatedCount() == 0) {
            return Cells.MISSING;
        }
        return s.shift().lowered() + " / " + s.shift().raised() + " / " + s.shift().unchanged();
    }

    private static void heatmap(Section11Overview o, List<Block> body) {
        body.add(new Block.Heading(1, "Scores by agency"));
        if (o.profiles().isEmpty()) {
            body.add(new Block.Paragraph("No agency was asked for a return, so there are no scores to show."));
            return;
        }
        List<Block> after = new ArrayList<>();
        after.add(new Block.Paragraph("Each cell shows the agency's self score, then the moderated score after the"
                + " arrow: \u201c2" + ARROW + "1\u201d is a self score of 2 moderated to 1. A single number is a"
                + " self score the panel did not moderate; \u201c" + Cells.MISSING + "\u201d means no score."
                + " The colour follows the moderated score where there is one, otherwise the self score."));
        List<String> columns = new ArrayList<>();
        for (int s = 1; s <= AuditLabels.STANDARDS; s++) {
            columns.add("S" + s);
        }
        List<String> labels = new ArrayList<>();
        List<List<Chart.GridCell>> cells = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<String> alt = new ArrayList<>();
        for (AgencyProfile p : o.profiles()) {
            labels.add(p.agency().name());
            List<Chart.GridCell> line = new ArrayList<>();
            List<String> row = new ArrayList<>();
            row.add(p.agency().name());
            for (ProfileCell c : p.cells()) {
                String text = cell(c);
                Integer shown = c.moderated() != null ? c.moderated() : c.self();
                line.add(new Chart.GridCell(text, shown == null ? null : scoreTone(shown)));
                row.add(text);
            }
            String means = Cells.mean(p.selfMean()) + " " + ARROW + " " + Cells.mean(p.moderatedMean());
            row.add(means);
            cells.add(line);
            rows.add(row);
            alt.add(p.agency().name() + (p.hasNoScores() ? (p.submitted() ? " returned no scores" : " no return")
                    : " " + String.join(", ", row.subList(1, 1 + AuditLabels.STANDARDS))));
        }
        List<Chart.Key> legend = new ArrayList<>();
        for (int score = 0; score <= 3; score++) {
            legend.add(new Chart.Key("Score " + score, scoreTone(score)));
        }
        legend.add(new Chart.Key("No score (" + Cells.MISSING + ")", null));
        String altText = "Heat map of scores by agency and standard 1 to 8, each cell written as self score"
                + ARROW + "moderated score, a single number where not moderated, " + Cells.MISSING + " where not"
                + " scored: " + String.join("; ", alt) + ". The same figures are in the table that follows.";
        List<String> header = new ArrayList<>();
        header.add("Agency");
        columns.forEach(header::add);
        header.add("Mean self " + ARROW + " moderated");
        DataTable table = new DataTable("scores-by-agency", header, rows);
        body.add(new Block.Figure(Charts.grid("Scores by agency and standard (self" + ARROW + "moderated)",
                altText, columns, labels, cells, legend), table));
        body.addAll(after);
        body.add(new Block.Table(table, TableLayout.HEATMAP));
        List<String> names = new ArrayList<>();
        for (int s = 1; s <= AuditLabels.STANDARDS; s++) {
            names.add("S" + s + " " + AuditLabels.standardName(s));
        }
        body.add(new Block.Paragraph("Standards: " + String.join("; ", names) + "."));
    }

    /** "2→1", "2" (not moderated), "–" (not scored). */
    static String cell(ProfileCell c) {
        if (c.self() == null) {
            return Cells.MISSING;
        }
        return c.moderated() == null ? c.self().toString() : c.self() + ARROW + c.moderated();
    }

    private static void panel(Section11Overview o, List<Block> body) {
        body.add(new Block.Heading(1, "Moderation panel"));
        if (o.moderationPanel().isEmpty()) {
            body.add(new Block.Paragraph("No agency was invited to the moderation panel in this cycle."));
            return;
        }
        body.add(new Block.Paragraph(Cells.count(o.moderationPanel().size(), "agency was", "agencies were")
                + " invited to the moderation panel:"));
        body.add(new Block.Bullets(o.moderationPanel().stream().map(Agency::name).toList()));
    }

    private static void drops(Section11Overview o, List<Block> body) {
        body.add(new Block.Heading(1, "Largest drops at moderation"));
        if (o.largestDrops().isEmpty()) {
            body.add(new Block.Paragraph("The panel lowered no agency's score in this cycle."));
            return;
        }
        body.add(new Block.Paragraph("Agencies whose scores the panel lowered, largest total fall first (the sum,"
                + " over the standards lowered, of self score minus moderated score)."));
        List<List<String>> rows = new ArrayList<>();
        for (AgencyDrop d : o.largestDrops()) {
            rows.add(List.of(d.agency().name(), Integer.toString(d.totalDrop()),
                    Integer.toString(d.standardsLowered())));
        }
        body.add(new Block.Table(new DataTable("largest-drops", List.of("Agency", "Total fall", "Standards lowered"),
                rows), TableLayout.THREE));
    }

    private static void comparison(Section11Overview o, List<Block> body) {
        body.add(new Block.Heading(1, "Comparison with the previous cycle"));
        if (o.comparison().isEmpty()) {
            body.add(new Block.Paragraph("No earlier Section 11 cycle is recorded, so there is nothing to compare"
                    + " with."));
            return;
        }
        CycleComparison c = o.comparison().get();
        String then = c.previousCycle();
        body.add(new Block.Paragraph("Mean self scores in cycle " + then + " and cycle " + o.cycle()
                + " (self scores, the one score every return has). " + Cells.MISSING + " means no score in that"
                + " cycle."));
        body.add(new Block.Heading(2, "By standard"));
        List<List<String>> rows = new ArrayList<>();
        for (StandardChange s : c.standards()) {
            rows.add(List.of(s.standard() + " " + s.name(), Cells.mean(s.selfThen()), Cells.mean(s.selfNow()),
                    Cells.change(s.selfThen(), s.selfNow())));
        }
        List<String> header = List.of("Standard", "Mean " + then, "Mean " + o.cycle(), "Change");
        body.add(new Block.Table(new DataTable("comparison-by-standard", header, rows), TableLayout.FOUR));
        body.add(new Block.Heading(2, "By agency"));
        List<List<String>> agencyRows = new ArrayList<>();
        for (AgencyChange a : c.agencies()) {
            agencyRows.add(List.of(a.agency().name(), Cells.mean(a.selfThen()), Cells.mean(a.selfNow()),
                    Cells.change(a.selfThen(), a.selfNow())));
        }
        body.add(new Block.Table(new DataTable("comparison-by-agency",
                List.of("Agency", "Mean " + then, "Mean " + o.cycle(), "Change"), agencyRows), TableLayout.FOUR));
    }

    private static void notes(Section11Overview o, ActionRegister actions, List<Block> body) {
        body.add(new Block.Heading(1, "Data notes"));
        List<String> notes = new ArrayList<>(o.dataNotes());
        notes.addAll(actions.dataNotes().stream().filter(n -> !actions.actions().isEmpty()).toList());
        if (notes.isEmpty()) {
            body.add(new Block.Paragraph("No gaps or oddities were found in this cycle's data."));
        } else {
            body.add(new Block.Bullets(notes));
        }
    }
}

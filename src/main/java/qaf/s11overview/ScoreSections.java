package qaf.s11overview;

import qaf.document.Chart;
import qaf.document.Tone;
import qaf.compose.Charts;
import java.util.ArrayList;
import java.util.List;
import qaf.analysis.audit.AuditLabels;
import qaf.analysis.audit.ScoreCounts;
import qaf.analysis.audit.Section11Overview;
import qaf.analysis.audit.Section11Overview.AgencyProfile;
import qaf.analysis.audit.Section11Overview.ProfileCell;
import qaf.analysis.audit.Section11Overview.StandardSummary;
import qaf.document.Block;
import qaf.compose.Cells;
import qaf.document.TableLayout;
import qaf.document.DataTable;

/**
 * The overview's two sections on the scores: by standard (self and moderated, as a chart and a
 * table) and by agency (a heat map of self and moderated scores, with the same figures as a table).
 */
final class ScoreSections {
    static final String ARROW = "\u2192";

    private ScoreSections() {
    }

    /**
     * A score of 0 (not met) to 3 (fully met with evidence of impact) on the palette's ordinal scale;
     * every fill keeps black text at 4.5:1 or more.
     */
    static Tone scoreTone(int score) {
        return Tone.scale(score + 1, 4);
    }

    static void standards(Section11Overview o, List<Block> body) {
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

    static void heatmap(Section11Overview o, List<Block> body) {
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
}

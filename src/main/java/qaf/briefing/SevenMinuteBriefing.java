package qaf.briefing;

import java.util.ArrayList;
import java.util.List;
import qaf.analysis.evaluation.Share;
import qaf.document.DataTable;
import qaf.document.DocumentMeta;
import qaf.document.ReportDocument;

/**
 * One seven-minute briefing: a {@code public} document, so it holds no personal data, no case-level
 * detail and no marking. Format-free: the designed PDF and the linear DOCX both take exactly this.
 *
 * @param kicker the line above the title, e.g. "Seven-minute briefing 7MB-1819-01"
 * @param sourceLine what the briefing draws on, e.g. "Multi-agency case evaluation MACE-1819-F1: ..."
 * @param publishedLine "Published 19 June 2018" or "Not yet published"
 * @param panels always seven, numbered 1-7 in order; a missing or empty section is a placeholder panel
 * @param findings public-safe figures from the source evaluation; null when the source is not one
 * @param notes plain statements about gaps and withheld text, e.g. "Section 7 is missing."
 */
public record SevenMinuteBriefing(
        DocumentMeta meta,
        String briefingRef,
        String kicker,
        String sourceLine,
        String publishedLine,
        List<Panel> panels,
        Findings findings,
        List<String> notes) implements ReportDocument {

    public SevenMinuteBriefing {
        panels = List.copyOf(panels);
        notes = List.copyOf(notes);
        if (panels.size() != BriefingComposer.SECTIONS) {
            throw new IllegalArgumentException("a seven-minute briefing has seven panels, not " + panels.size());
        }
    }

    /**
     * One numbered section.
     *
     * @param placeholder the section is missing or empty: {@code text} says so
     */
    public record Panel(int number, String heading, String text, boolean placeholder) {
    }

    /** An area for improvement recorded in several of the evaluation's cases. */
    public record ImprovementTheme(String text, int cases) {
    }

    /**
     * What the source evaluation found, as whole-evaluation figures only.
     *
     * @param theme the evaluation's theme
     * @param gradings agency self-evaluations graded (one per agency per case)
     * @param goodOrBetter final grades good or outstanding, out of {@code gradings}
     * @param improvementThemes areas for improvement recorded in at least
     *     {@value BriefingComposer#MIN_CASES_FOR_THEME} cases, most widespread first
     */
    public record Findings(String theme, int cases, int agencies, int gradings, Share goodOrBetter,
            List<ImprovementTheme> improvementThemes) {
        public Findings {
            improvementThemes = List.copyOf(improvementThemes);
        }

        public static final String HEADING = "What the evaluation found";

        /** The figures as sentences, shared by both formats. */
        public List<String> statements() {
            List<String> out = new ArrayList<>();
            out.add("Theme: " + theme + ".");
            out.add(count(cases, "case", "cases") + " evaluated; " + count(agencies, "agency", "agencies")
                    + " took part.");
            if (goodOrBetter.isEmpty()) {
                out.add("No agency involvement had been graded.");
            } else {
                out.add(qaf.analysis.SmallNumbers.percentShown(goodOrBetter.denominator())
                        ? goodOrBetter.percent() + "% of agency involvement graded good or better after the panel ("
                                + goodOrBetter.numerator() + " of " + goodOrBetter.denominator() + " gradings)."
                        : goodOrBetter.numerator() + " of " + goodOrBetter.denominator()
                                + " gradings of agency involvement good or better after the panel.");
            }
            if (improvementThemes.isEmpty()) {
                out.add("No area for improvement was recorded in " + BriefingComposer.MIN_CASES_FOR_THEME
                        + " or more cases.");
            } else {
                out.add("Areas for improvement in " + BriefingComposer.MIN_CASES_FOR_THEME + " or more cases:");
            }
            return out;
        }

        /** The improvement themes as list items, e.g. "Plans were not SMART (4 cases)". */
        public List<String> themeItems() {
            return improvementThemes.stream().map(t -> t.text() + " (" + t.cases() + " cases)").toList();
        }

        private static String count(int n, String one, String many) {
            return n + " " + (n == 1 ? one : many);
        }
    }

    @Override
    public String name() {
        return ReportDocument.safeName(briefingRef);
    }

    @Override
    public List<DataTable> dataTables() {
        if (findings == null) {
            return List.of();
        }
        Share share = findings.goodOrBetter();
        DataTable figures = new DataTable("evaluation-figures", List.of("measure", "value"), List.of(
                List.of("cases", Integer.toString(findings.cases())),
                List.of("agencies", Integer.toString(findings.agencies())),
                List.of("agency_gradings", Integer.toString(findings.gradings())),
                List.of("final_good_or_better", Integer.toString(share.numerator())),
                List.of("final_good_or_better_percent",
                        qaf.analysis.SmallNumbers.percentShown(share.denominator())
                                ? Integer.toString(share.percent()) : "")));
        DataTable themes = new DataTable("improvement-themes", List.of("area_for_improvement", "cases"),
                findings.improvementThemes().stream().map(t -> List.of(t.text(), Integer.toString(t.cases())))
                        .toList());
        return List.of(figures, themes);
    }
}

package qaf.annualaudit;

import static qaf.annualaudit.AnnualAuditPhrases.NO_PREVIOUS;
import static qaf.annualaudit.AnnualAuditPhrases.share;
import static qaf.annualaudit.AnnualAuditPhrases.yearChange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import qaf.analysis.audit.ActionRegister;
import qaf.analysis.audit.Section11Overview;
import qaf.analysis.audit.Section11Overview.StandardChange;
import qaf.analysis.evaluation.GradeGroup;
import qaf.analysis.evaluation.Trend;
import qaf.analysis.evaluation.Trends;
import qaf.document.Block;
import qaf.compose.Cells;
import qaf.document.TableLayout;
import qaf.document.DataTable;

/**
 * The annual report's sections that compare the year with earlier ones: grades and Section 11
 * scores against the previous year, and the impact the records can show.
 */
final class ChangeSections {
    private ChangeSections() {
    }

    static void change(AnnualAuditInput in, AnnualAuditFigures f, List<Block> body) {
        body.add(new Block.Heading(1, "Change against the previous year"));
        body.add(new Block.Paragraph("Final grades good or better, " + in.year().previous().label() + " to "
                + in.year().label() + ": " + yearChange(f) + "."));
        if (!f.byYear().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (GradeGroup g : f.byYear()) {
                rows.add(List.of(g.label(), Integer.toString(g.summary().graded()),
                        share(g.summary().selfGoodOrBetter()), share(g.summary().finalGoodOrBetter())));
            }
            body.add(new Block.Table(new DataTable("grades-by-year",
                    List.of("Reporting year", "Gradings", "Self good or better", "Final good or better"), rows),
                    TableLayout.FOUR));
        }
        for (Section11Overview s : in.section11()) {
            if (s.comparison().isEmpty()) {
                body.add(new Block.Paragraph("Section 11 cycle " + s.cycle() + ": " + NO_PREVIOUS
                        + " (no earlier cycle)."));
                continue;
            }
            Section11Overview.CycleComparison c = s.comparison().get();
            body.add(new Block.Paragraph("Section 11 cycle " + s.cycle() + " against cycle " + c.previousCycle()
                    + ": mean self score per standard (0 to 3)."));
            List<List<String>> rows = new ArrayList<>();
            for (StandardChange sc : c.standards()) {
                rows.add(List.of(sc.standard() + " " + sc.name(), Cells.mean(sc.selfThen()), Cells.mean(sc.selfNow()),
                        Cells.change(sc.selfThen(), sc.selfNow())));
            }
            body.add(new Block.Table(new DataTable("s11-change-" + s.cycle(),
                    List.of("Standard", "Cycle " + c.previousCycle(), "Cycle " + s.cycle(), "Change"), rows),
                    TableLayout.FOUR));
        }
    }

    static void impact(AnnualAuditInput in, AnnualAuditFigures f, List<Block> body) {
        body.add(new Block.Heading(1, "Impact"));
        body.add(new Block.Paragraph("Impact is shown only where the records measure it: a theme evaluated again"
                + " after an earlier evaluation, and actions completed with evidence of impact recorded. A change"
                + " in grades between two small samples of cases is an indication, not proof, that practice"
                + " changed."));
        List<List<String>> rows = new ArrayList<>();
        for (String theme : AnnualAuditFigures.themes(in)) {
            Trend t = Trends.forTheme(AnnualAuditFigures.inSample(in.allEvaluations()), theme, in.year().startMonth());
            List<Trend.YearPoint> earlier = t.byYear().stream()
                    .filter(p -> p.year().compareTo(in.year()) < 0).toList();
            Optional<Trend.YearPoint> now = t.byYear().stream().filter(p -> p.year().equals(in.year())).findFirst();
            if (earlier.isEmpty() || now.isEmpty()) {
                continue;
            }
            Trend.YearPoint then = earlier.get(earlier.size() - 1);
            rows.add(List.of(t.subject(), then.year().label() + ": " + share(then.finalGoodOrBetter()),
                    in.year().label() + ": " + share(now.get().finalGoodOrBetter())));
        }
        if (rows.isEmpty()) {
            body.add(new Block.Paragraph("Re-evaluated themes: none of the year's themes was evaluated in an earlier"
                    + " year, so there are " + NO_PREVIOUS + " to measure a change in grades against."));
        } else {
            body.add(new Block.Paragraph("Themes evaluated in an earlier year and again this year, final grades good"
                    + " or better (the latest earlier year shown):"));
            body.add(new Block.Table(new DataTable("re-evaluated-themes",
                    List.of("Theme", "Earlier", "This year"), rows), TableLayout.THREE));
        }
        ActionRegister a = in.actions();
        body.add(new Block.Paragraph("Actions completed with evidence of impact recorded: "
                + Cells.ratio(a.completedWithImpact()) + " of the completed actions. The evidence is as the action"
                + " owners recorded it; it has not been verified by audit."));
    }
}

package qaf.annualaudit;

import static qaf.annualaudit.AnnualAuditPhrases.NO_PREVIOUS;
import static qaf.annualaudit.AnnualAuditPhrases.schoolsOnTime;
import static qaf.annualaudit.AnnualAuditPhrases.share;
import static qaf.annualaudit.AnnualAuditPhrases.yearChange;

import java.util.ArrayList;
import java.util.List;
import qaf.analysis.audit.ActionRegister;
import qaf.analysis.audit.SchoolsOverview;
import qaf.analysis.audit.Section11Overview;
import qaf.analysis.evaluation.GradeSummary;
import qaf.analysis.evaluation.Submission;
import qaf.document.BlockDocument;
import qaf.document.Block;
import qaf.compose.Cells;
import qaf.calendar.ClockResult;
import qaf.calendar.ReportingYear;
import qaf.calendar.Timetable;
import qaf.document.Audience;
import qaf.document.DocumentMeta;
import qaf.terms.Terms;

/**
 * Words the Audit &amp; Scrutiny subgroup's annual report (framework section 9) from figures the
 * analysis packages already made. Pure: {@link AnnualAuditInput} in, document out. No child is
 * named or described: the report works at evaluation, theme and agency level, and a case appears
 * only by its case ref, which carries no personal data.
 *
 * <p>This class orders the sections and words the summary and the priorities' heading; the sections
 * are worded by {@link EvaluationSections}, {@link AuditSections} and {@link ChangeSections}, from
 * the {@link AnnualAuditFigures} taken once here.
 */
public final class AnnualAuditComposer {
    static final String KIND = "annual-report-audit";

    private AnnualAuditComposer() {
    }

    /** In the framework's own words: what a partnership without terms.csv reads. */
    public static BlockDocument compose(AnnualAuditInput in) {
        return compose(in, Terms.FRAMEWORK);
    }

    /** @param terms the partnership's words for its audit subgroup and board, in the title and the prose */
    public static BlockDocument compose(AnnualAuditInput in, Terms terms) {
        ReportingYear year = in.year();
        AnnualAuditFigures f = AnnualAuditFigures.of(in);
        List<String> refs = new ArrayList<>();
        in.yearEvaluations().forEach(d -> refs.add(d.evaluation().ref()));
        in.section11().forEach(o -> refs.add("s11-" + o.cycle()));
        in.schools().forEach(o -> refs.add("schools-" + o.cycle()));
        in.singleAgency().ifPresent(o -> refs.add("single-agency-" + o.year()));
        DocumentMeta meta = new DocumentMeta(KIND, in.partnershipName(),
                terms.word("audit-subgroup", "Audit and Scrutiny") + " annual report " + year.label(),
                "The " + terms.auditSubgroup() + "'s report to the " + terms.word("board", "board") + ", "
                        + Cells.longDay(year.start()) + " to "
                        + Cells.longDay(year.end()),
                Audience.BOARD, refs);
        List<String> priorities = AnnualAuditPriorities.of(in, f);
        List<Block> body = new ArrayList<>();
        summary(in, f, priorities, body, terms);
        body.add(new Block.PageBreak());
        EvaluationSections.evaluations(in, f, body);
        EvaluationSections.grades(f, body);
        EvaluationSections.compliance(f, body);
        AuditSections.audits(in, body);
        AuditSections.actions(in.actions(), body);
        ChangeSections.change(in, f, body);
        ChangeSections.impact(in, f, body);
        body.add(new Block.Heading(1, "Priorities arising"));
        body.add(new Block.Paragraph("Each priority below is derived from a figure in this report, which it states."));
        if (priorities.isEmpty()) {
            body.add(new Block.Paragraph("The year's data raise no priority under the rules used: no theme or agency"
                    + " with a final grade below good, no over-rating, no overdue return or action."));
        } else {
            body.add(new Block.Bullets(priorities));
        }
        return new BlockDocument(meta, KIND + "-" + year.label(),
                Cells.statusesAsAt(in.actions().asOf(), year), body);
    }

    private static void summary(AnnualAuditInput in, AnnualAuditFigures f, List<String> priorities,
            List<Block> body, Terms terms) {
        body.add(new Block.Heading(1, "Summary of the year"));
        body.add(new Block.Paragraph("The " + terms.auditSubgroup() + "'s year in figures. Every figure is worked out"
                + " from the partnership's records; the sections that follow give the detail and its limits."));
        List<String> items = new ArrayList<>();
        int cases = in.findings().stream().mapToInt(e -> e.cases().size()).sum();
        long full = in.yearEvaluations().stream().filter(d -> d.evaluation().kind() == Timetable.Kind.FULL).count();
        items.add("Case evaluations held: " + in.yearEvaluations().size() + " (" + full + " full, "
                + (in.yearEvaluations().size() - full) + " condensed), on "
                + Cells.count(AnnualAuditFigures.themes(in).size(), "theme", "themes") + ", "
                + Cells.count(cases, "case", "cases") + " and "
                + Cells.count(f.byAgency().size(), "distinct agency", "distinct agencies") + " graded.");
        GradeSummary o = f.overall();
        items.add("Final grades good or better: " + share(o.finalGoodOrBetter()) + "; agencies' self-grades good or"
                + " better: " + share(o.selfGoodOrBetter()) + ".");
        items.add("Regraded by the panel: " + share(o.regrading().regraded()) + " (" + o.regrading().up() + " up, "
                + o.regrading().down() + " down, " + o.regrading().unchanged() + " unchanged).");
        items.add("Change on the previous year (final grades good or better): " + yearChange(f) + ".");
        items.add("Chronologies on time: " + share(f.tally(Submission.Document.CHRONOLOGY).onTimeShare())
                + "; self-evaluations on time: " + share(f.tally(Submission.Document.SELF_EVALUATION).onTimeShare())
                + ".");
        items.add("Close-the-loop forms returned on time: " + share(f.closeTheLoop().onTimeShare())
                + "; not returned and overdue: " + f.closeTheLoop().count(ClockResult.Status.OVERDUE) + ".");
        if (in.section11().isEmpty()) {
            items.add("Section 11: no cycle falls in the year.");
        }
        for (Section11Overview s : in.section11()) {
            items.add("Section 11 cycle " + s.cycle() + ": returns " + Cells.ratio(s.returnRate()) + ", on time "
                    + Cells.ratio(s.onTimeRate()) + "; " + s.comparison().map(c -> "compared with cycle "
                            + c.previousCycle() + " under \u201cChange against the previous year\u201d")
                            .orElse(NO_PREVIOUS) + ".");
        }
        if (in.schools().isEmpty()) {
            items.add("Schools' audit: no cycle falls in the year.");
        }
        for (SchoolsOverview s : in.schools()) {
            items.add("Schools' audit " + s.cycle() + ": returns " + Cells.ratio(s.returnRate()) + schoolsOnTime(s)
                    + "; " + Cells.count(s.flagged().size(), "school", "schools") + " flagged for support.");
        }
        items.add(in.singleAgency().map(s -> "Single agency audits: submitted " + Cells.ratio(s.submittedRate())
                + ", on time " + Cells.ratio(s.onTimeRate()) + ".")
                .orElse("Single agency audits: none recorded for the year."));
        ActionRegister a = in.actions();
        items.add("Actions as at " + Cells.longDay(a.asOf()) + ": " + a.totals().total() + " (" + a.totals().red()
                + " red, " + a.totals().amber() + " amber, " + a.totals().green() + " green, " + a.totals().notRated()
                + " cancelled); complete " + Cells.ratio(a.completion()) + ", of which with evidence of impact "
                + Cells.ratio(a.completedWithImpact()) + ".");
        items.add("Priorities arising from the data: " + priorities.size() + " (listed at the end).");
        body.add(new Block.Bullets(items));
    }
}

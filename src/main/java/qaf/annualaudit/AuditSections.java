package qaf.annualaudit;

import static qaf.annualaudit.AnnualAuditPhrases.named;
import static qaf.annualaudit.AnnualAuditPhrases.schoolsOnTime;

import java.util.ArrayList;
import java.util.List;
import qaf.analysis.audit.ActionRegister;
import qaf.analysis.audit.ActionRegister.SourceCount;
import qaf.analysis.audit.RagCounts;
import qaf.analysis.audit.SchoolsOverview;
import qaf.analysis.audit.Section11Overview;
import qaf.document.Block;
import qaf.compose.Cells;
import qaf.document.TableLayout;
import qaf.document.DataTable;

/**
 * The annual report's sections on the audits other than case evaluations (Section 11, schools,
 * single agency) and on the action tracker: headline figures only, each audit having its own overview.
 */
final class AuditSections {
    private AuditSections() {
    }

    static void audits(AnnualAuditInput in, List<Block> body) {
        body.add(new Block.Heading(1, "Section 11, schools and single agency audits"));
        body.add(new Block.Paragraph("Headline figures of each audit in the year; each has its own overview"
                + " document with the detail."));
        body.add(new Block.Heading(2, "Section 11"));
        if (in.section11().isEmpty()) {
            body.add(new Block.Paragraph("No Section 11 cycle falls in the year."));
        }
        for (Section11Overview s : in.section11()) {
            body.add(new Block.Paragraph("Cycle " + s.cycle() + ": returns submitted " + Cells.ratio(s.returnRate())
                    + ", on time " + Cells.ratio(s.onTimeRate()) + "; "
                    + Cells.count(s.largestDrops().size(), "agency", "agencies")
                    + " had moderated scores below their self scores" + named(s.largestDrops().stream()
                            .map(d -> d.agency().name()).toList()) + "; "
                    + Cells.count(s.moderationPanel().size(), "agency", "agencies")
                    + " invited to the moderation panel" + named(s.moderationPanel().stream().map(a -> a.name())
                            .toList()) + "."));
        }
        body.add(new Block.Heading(2, "Schools"));
        if (in.schools().isEmpty()) {
            body.add(new Block.Paragraph("No schools' audit cycle falls in the year."));
        }
        for (SchoolsOverview s : in.schools()) {
            body.add(new Block.Paragraph("Cycle " + s.cycle() + ": schools returned " + Cells.ratio(s.returnRate())
                    + schoolsOnTime(s) + "; " + Cells.count(s.flagged().size(), "school", "schools")
                    + " flagged for support (any red area, or three or more amber)" + named(s.flagged().stream()
                            .map(x -> x.school().name()).toList()) + "."));
        }
        body.add(new Block.Heading(2, "Single agency audits"));
        if (in.singleAgency().isEmpty()) {
            body.add(new Block.Paragraph("No single agency audit is recorded for " + in.year().label() + "."));
        }
        in.singleAgency().ifPresent(s -> body.add(new Block.Paragraph("Audits asked for: "
                + s.submittedRate().denominator() + "; submitted " + Cells.ratio(s.submittedRate()) + ", on time (by "
                + Cells.longDay(s.due()) + ") " + Cells.ratio(s.onTimeRate()) + "; "
                + Cells.count(s.notAsked().size(), "agency", "agencies") + " with no audit recorded"
                + named(s.notAsked().stream().map(a -> a.name()).toList()) + ".")));
    }

    static void actions(ActionRegister a, List<Block> body) {
        body.add(new Block.Heading(1, "Action status"));
        body.add(new Block.Paragraph("The action tracker as at " + Cells.longDay(a.asOf()) + ": complete is green;"
                + " open or in progress past its due date is red; in progress and not yet due is green; open and not"
                + " yet due is amber; cancelled actions are not rated. " + a.totals().total() + " actions: "
                + a.totals().red() + " red, " + a.totals().amber() + " amber, " + a.totals().green() + " green, "
                + a.totals().notRated() + " cancelled."));
        List<List<String>> rows = new ArrayList<>();
        for (SourceCount s : a.bySource()) {
            RagCounts c = s.counts();
            rows.add(List.of(s.source().label(), Integer.toString(c.red()), Integer.toString(c.amber()),
                    Integer.toString(c.green()), Integer.toString(c.notRated())));
        }
        body.add(new Block.Table(new DataTable("actions-by-source",
                List.of("Source", "Red", "Amber", "Green", "Cancelled"), rows), TableLayout.FIVE));
    }
}

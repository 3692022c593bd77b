package qaf.schoolsoverview;

import qaf.document.Tone;

import qaf.compose.Charts;

import java.util.ArrayList;
import java.util.List;
import qaf.analysis.audit.ActionRegister;
import qaf.analysis.audit.AuditLabels;
import qaf.analysis.audit.SchoolsOverview;
import qaf.analysis.audit.SchoolsOverview.AreaSummary;
import qaf.analysis.audit.SchoolsOverview.ReturnStatus;
import qaf.analysis.audit.SchoolsOverview.SchoolFlag;
import qaf.analysis.audit.SchoolsOverview.SchoolReturn;
import qaf.compose.ActionsSection;
import qaf.document.BlockDocument;
import qaf.document.Block;
import qaf.compose.Cells;
import qaf.document.TableLayout;
import qaf.calendar.ReportingYear;
import qaf.document.Audience;
import qaf.document.DataTable;
import qaf.document.DocumentMeta;

/**
 * Words one schools' audit cycle as the board overview. Pure: analysis records in, document out.
 * Schools are organisations, not people, so the board audience needs no further filtering.
 */
public final class SchoolsOverviewComposer {
    static final String KIND = "schools-overview";
    /** Red, amber, green fills that keep black count labels at 4.5:1 or more. */

    private SchoolsOverviewComposer() {
    }

    public static BlockDocument compose(String partnershipName, ReportingYear year, SchoolsOverview o,
            ActionRegister actions) {
        String cycle = o.cycle();
        DocumentMeta meta = new DocumentMeta(KIND, partnershipName, "Schools' safeguarding audit " + cycle
                + ": overview", "Reporting year " + year.label(), Audience.BOARD, List.of("school-audit-" + cycle));
        List<Block> body = new ArrayList<>();
        returns(o, body);
        areas(o, body);
        flags(o, body);
        body.addAll(ActionsSection.blocks(actions, "the schools' audit cycle " + cycle));
        body.add(new Block.Heading(1, "Data notes"));
        List<String> notes = new ArrayList<>(o.dataNotes());
        if (!actions.actions().isEmpty()) {
            notes.addAll(actions.dataNotes());
        }
        if (notes.isEmpty()) {
            body.add(new Block.Paragraph("No gaps or oddities were found in this cycle's data."));
        } else {
            body.add(new Block.Bullets(notes));
        }
        return new BlockDocument(meta, "schools-" + cycle,
                Cells.statusesAsAt(actions.asOf(), year), body);
    }

    private static void returns(SchoolsOverview o, List<Block> body) {
        body.add(new Block.Heading(1, "Returns"));
        body.add(new Block.Paragraph("Schools that returned the audit: " + Cells.ratio(o.returnRate())
                + ". A school has returned when it rated at least one of the " + AuditLabels.AREAS + " areas."));
        body.add(new Block.Paragraph(timeliness(o)));
        if (o.returns().isEmpty()) {
            body.add(new Block.Paragraph("No school was expected to return and no ratings were received."));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (SchoolReturn r : o.returns()) {
            rows.add(List.of(r.agency().name() + (r.expected() ? "" : " (not a school)"),
                    r.returned() ? "Yes" : "No", Cells.month(r.submittedOn()),
                    r.returned() ? r.areasRated() + " of " + AuditLabels.AREAS : Cells.MISSING, r.status().label()));
        }
        // The month of submission and on time or late are all the board needs; a full date (or a count of
        // days late, which gives it back) could also coincide with a child's date of birth.
        body.add(new Block.Table(new DataTable("returns", List.of("School", "Returned", "Submitted in",
                "Areas rated", "Return"), rows), TableLayout.SCHOOL_RETURNS));
    }

    /** The on-time rate and the due day it is measured against, saying where that day comes from. */
    static String timeliness(SchoolsOverview o) {
        if (o.due().isEmpty()) {
            return "The QA programme (programme.csv) gives no due date for cycle " + o.cycle() + ", so returns are"
                    + " not measured for timeliness.";
        }
        long late = o.returns().stream().filter(r -> r.expected() && r.status() == ReturnStatus.LATE).count();
        return "Returns were due by " + Cells.longDay(o.due().get()) + ", the date the QA programme sets for cycle "
                + o.cycle() + " (programme.csv). Returned on time: " + Cells.ratio(o.onTimeRate().get())
                + "; late: " + late + ". A return is on time when its last rating was submitted on or before that"
                + " day.";
    }

    private static void areas(SchoolsOverview o, List<Block> body) {
        body.add(new Block.Heading(1, "Ratings by area"));
        List<String> categories = new ArrayList<>();
        int[][] counts = new int[3][o.areas().size()];
        List<List<String>> rows = new ArrayList<>();
        List<String> alt = new ArrayList<>();
        int i = 0;
        for (AreaSummary a : o.areas()) {
            categories.add(a.area() + " " + a.name());
            counts[0][i] = a.red();
            counts[1][i] = a.amber();
            counts[2][i] = a.green();
            i++;
            rows.add(List.of(a.area() + " " + a.name(), Integer.toString(a.red()), Integer.toString(a.amber()),
                    Integer.toString(a.green()), Integer.toString(a.notRated())));
            alt.add("area " + a.area() + " (" + a.name() + ") " + (a.rated() == 0 ? "no ratings"
                    : a.red() + " red, " + a.amber() + " amber, " + a.green() + " green"));
        }
        DataTable table = new DataTable("ratings-by-area", List.of("Area", "Red", "Amber", "Green", "Not rated"), rows);
        String altText = "Stacked bar chart of schools' ratings per audit area, as counts: " + String.join("; ", alt)
                + ".";
        body.add(new Block.Figure(Charts.stacked("Ratings by area (number of schools)", altText,
                "Number of schools", categories, List.of("Red", "Amber", "Green"),
                List.of(Tone.BAD, Tone.CAUTION, Tone.GOOD), counts), table));
        body.add(new Block.Paragraph("Each bar counts the schools giving the area that rating; the count is printed"
                + " on each part of the bar. \u201cNot rated\u201d counts schools that returned but did not rate the"
                + " area."));
        body.add(new Block.Table(table, TableLayout.FIVE));
    }

    private static void flags(SchoolsOverview o, List<Block> body) {
        body.add(new Block.Heading(1, "Schools flagged for support"));
        body.add(new Block.Paragraph("A school is flagged when it rated any area red, or three or more areas"
                + " amber."));
        if (o.flagged().isEmpty()) {
            body.add(new Block.Paragraph("No school is flagged for support in this cycle."));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (SchoolFlag f : o.flagged()) {
            rows.add(List.of(f.school().name(), f.reason()));
        }
        body.add(new Block.Table(new DataTable("flagged-for-support", List.of("School", "Reason"), rows),
                TableLayout.TWO));
    }
}

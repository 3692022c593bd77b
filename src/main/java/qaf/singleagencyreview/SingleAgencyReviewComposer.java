package qaf.singleagencyreview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import qaf.terms.Terms;
import qaf.analysis.audit.Agency;
import qaf.analysis.chronology.ChronologySource;
import qaf.analysis.review.SingleAgencyReviewData;
import qaf.calendar.ClockResult;
import qaf.calendar.ReportingYear;
import qaf.calendar.WorkingDays;
import qaf.compose.ActionsSection;
import qaf.compose.Cells;
import qaf.document.Audience;
import qaf.document.Block;
import qaf.document.BlockDocument;
import qaf.document.DataTable;
import qaf.document.DocumentMeta;
import qaf.document.Inline;
import qaf.document.TableLayout;

/**
 * A single agency review (framework section 3) as the agency receives it: the independent chair's
 * request letter with the panel's lines of enquiry and the due date, then appendix A's Single
 * Agency Analysis Report pre-filled from the records, with the sections the agency's reviewer
 * writes marked as such. Case audience: it names the child. Pure.
 */
public final class SingleAgencyReviewComposer {
    static final String KIND = "single-agency-review";
    static final String TO_COMPLETE = "To be completed by the agency's reviewer.";
    /** Appendix A's analysis questions, in its order and words. */
    static final List<String> QUESTIONS = List.of("Were the responses appropriate?",
            "Were key decisions justifiable?", "Was the relevant information sought or considered?",
            "Were there early, effective and appropriate interventions?",
            "Were the family and child's circumstances sufficiently assessed?");

    /** In the framework's own words: what a partnership without terms.csv reads. */
    public BlockDocument compose(String partnershipName, ReportingYear year, LocalDate asAt, WorkingDays wd,
            SingleAgencyReviewData d, List<Agency> agencies) {
        return compose(partnershipName, year, asAt, wd, d, agencies, Terms.FRAMEWORK);
    }

    /** @param terms the partnership's words for its board, review subgroup and independent chair */
    public BlockDocument compose(String partnershipName, ReportingYear year, LocalDate asAt, WorkingDays wd,
            SingleAgencyReviewData d, List<Agency> agencies, Terms terms) {
        String ref = d.review().reviewRef();
        String agency = agencyName(d);
        DocumentMeta meta = new DocumentMeta(KIND, partnershipName, "Single agency review " + ref,
                "Request letter and analysis report: " + agency, Audience.CASE, refs(d));
        List<Block> body = new ArrayList<>();
        letter(partnershipName, asAt, wd, d, agency, body, terms);
        body.add(new Block.PageBreak());
        report(d, agency, body);
        // The tracker's section, under appendix A's heading and with its guidance after the heading.
        List<Block> plan = ActionsSection.blocks(ActionsSection.register(d.actions(), agencies,
                qaf.analysis.audit.ActionSource.REVIEW, ref, asAt), "review " + ref, "Action plan", 2);
        body.add(plan.get(0));
        body.add(guidance("The action plan should reflect the required activity to achieve the recommendations and"
                + " be owned by the whole agency. Mechanisms to review the outcomes and impacts of such actions"
                + " should be agreed and formally built into the improvement programme."));
        body.addAll(plan.subList(1, plan.size()));
        return new BlockDocument(meta, ref, Cells.statusesAsAt(asAt, year), body);
    }

    private static void letter(String partnershipName, LocalDate asAt, WorkingDays wd, SingleAgencyReviewData d,
            String agency, List<Block> body, Terms terms) {
        body.add(new Block.Heading(1, "Request for a single agency review"));
        String board = terms.word("board", "board");
        String chair = terms.independentChair();
        String subgroup = terms.scrSubgroup();
        String lead = d.agencyLead() == null || d.agencyLead().isBlank() ? "The " + board + " representative of "
                + agency
                : d.agencyLead() + ", " + agency;
        List<List<String>> facts = new ArrayList<>();
        facts.add(List.of("To", lead));
        facts.add(List.of("From", "The " + chair + ", " + partnershipName));
        facts.add(List.of("Date of letter", d.review().letterOn() == null ? "Not yet sent"
                : Cells.longDay(d.review().letterOn())));
        facts.add(List.of("Review", d.review().reviewRef()));
        body.add(new Block.Table(new DataTable("letter", List.of("Letter", "Detail"), facts), TableLayout.FACTS));
        body.add(new Block.Paragraph("The " + subgroup + " considered this case and found that the"
                + " practice requiring further analysis and learning is limited to a single agency. The subgroup"
                + " recommended, and the " + chair + " agreed, a single agency review by " + agency
                + ". The criterion recorded: " + orMissing(d.review().criterion()) + "."));
        body.add(new Block.Heading(2, "Lines of enquiry"));
        List<String> lines = d.linesOfEnquiry();
        if (lines.isEmpty()) {
            body.add(new Block.Paragraph("The panel's lines of enquiry are not recorded for this review."));
        } else {
            body.add(new Block.Paragraph("The panel asks the review to address:"));
            body.add(new Block.Bullets(lines.stream().map(l -> List.of(Inline.plain(l))).toList(), true));
        }
        body.add(new Block.Heading(2, "When the review is due"));
        body.add(new Block.Paragraph("Please complete the review on the template that follows (appendix A of the"
                + " framework) within three weeks of receiving this letter. The rule: the review is due 21 calendar"
                + " days after the date of the letter (letter_on), the clock the " + subgroup + "'s"
                + " annual report measures."));
        body.add(Block.Paragraph.of(Inline.strong("Due: "), Inline.plain(due(d, wd, asAt))));
    }

    static String due(SingleAgencyReviewData d, WorkingDays wd, LocalDate asAt) {
        return d.letterClock(wd, asAt).map(c -> {
            String day = Cells.longDay(c.due()) + (wd.isWorkingDay(c.due()) ? "" : " (not a working day)");
            return day + ". " + switch (c.status()) {
                case ON_TIME -> "Completed on " + Cells.longDay(c.done()) + ", on time.";
                case LATE -> "Completed on " + Cells.longDay(c.done()) + ", " + days(c) + " late.";
                case OVERDUE -> "Not completed as at " + Cells.longDay(asAt) + ": overdue by " + days(c) + ".";
                case NOT_YET_DUE -> "Not completed as at " + Cells.longDay(asAt) + "; not yet due.";
            };
        }).orElse("Three weeks after the letter; no letter date is recorded yet.");
    }

    private static String days(ClockResult c) {
        return Cells.count(c.daysLate(), "day", "days");
    }

    private static void report(SingleAgencyReviewData d, String agency, List<Block> body) {
        body.add(new Block.Heading(1, "Single Agency Analysis Report"));
        SingleAgencyReviewData.Child child = d.child();
        List<List<String>> facts = new ArrayList<>();
        facts.add(List.of("Title", "Single Agency Analysis Report \u2013 "
                + (child == null ? "child not recorded" : child.fullName())));
        facts.add(List.of("Report of", agency));
        facts.add(List.of("Date", d.review().completedOn() == null ? "Not yet completed"
                : Cells.longDay(d.review().completedOn())));
        if (child != null) {
            facts.add(List.of("Child", child.fullName() + " (" + child.childRef()
                    + (child.pseudonym() == null ? "" : ", " + child.pseudonym() + " in board papers") + ")"));
            facts.add(List.of("Date of birth", Cells.longDay(child.dateOfBirth())));
            facts.add(List.of("Cases", d.caseRefs().isEmpty() ? "None recorded" : String.join(", ", d.caseRefs())));
        }
        body.add(new Block.Table(new DataTable("report", List.of("Report", "Detail"), facts), TableLayout.FACTS));

        body.add(new Block.Heading(2, "Introduction"));
        body.add(guidance("This should include the circumstances of the agency's involvement with the child and"
                + " family, including the reason for referral."));
        body.add(Block.Paragraph.of(Inline.strong("Criterion: "), Inline.plain(orMissing(d.review().criterion()))));
        body.add(Block.Paragraph.of(Inline.strong("Summary: "), Inline.plain(orMissing(d.summary()))));
        body.add(new Block.Paragraph(TO_COMPLETE));

        body.add(new Block.Heading(2, "The facts"));
        body.add(guidance("This should include the family background and circumstance, and the completed"
                + " chronology."));
        body.add(new Block.Heading(3, "Family background and circumstance"));
        body.add(new Block.Paragraph(TO_COMPLETE));
        body.add(new Block.Heading(3, "Chronology of " + agency));
        chronology(d, agency, body);

        body.add(new Block.Heading(2, "Analysis"));
        body.add(guidance("This section should critically assess the key circumstances of the agency's engagement"
                + " with the child and family. Using the terms of reference, consider the questions below."));
        for (String q : QUESTIONS) {
            body.add(new Block.Heading(3, q));
            body.add(new Block.Paragraph(TO_COMPLETE));
        }

        body.add(new Block.Heading(2, "Learning points"));
        body.add(guidance("The key learning points from the review: not what happened, but why it happened, which"
                + " the agency can take forward and address; strengths and good practice; the learning since the"
                + " case, changes in practice and policy made and their outcome."));
        List<String> learning = d.learning();
        if (learning.isEmpty()) {
            body.add(new Block.Paragraph(TO_COMPLETE));
        } else {
            body.add(new Block.Paragraph("Learning recorded so far:"));
            body.add(new Block.Bullets(learning));
        }

        body.add(new Block.Heading(2, "Recommendations"));
        body.add(guidance("These should be SMART: Specific, Measurable, Achievable, Realistic, Timed."));
        body.add(new Block.Paragraph(TO_COMPLETE));
    }

    /** The agency's own entries: date, what happened (with its source), and what followed. */
    private static void chronology(SingleAgencyReviewData d, String agency, List<Block> body) {
        if (d.chronology().isEmpty()) {
            body.add(new Block.Paragraph("No chronology entries from " + agency + " are recorded for this child;"
                    + " the reviewer attaches the agency's completed chronology."));
            return;
        }
        body.add(new Block.Paragraph(Cells.count(d.chronology().size(), "entry", "entries") + " from " + agency
                + ", in date order. c. marks an approximate date."));
        List<List<String>> rows = new ArrayList<>();
        for (ChronologySource.Row r : d.chronology()) {
            String date = (r.approximate() ? "c. " : "") + r.date().display()
                    + (r.time() == null ? "" : " " + r.time());
            String event = r.event() + (r.keyEvent() ? " (key event)" : "") + "\nSource: " + r.source();
            List<String> after = new ArrayList<>();
            if (!r.action().isBlank()) {
                after.add("Action: " + r.action());
            }
            if (!r.childVoice().isBlank()) {
                after.add("Child's voice: " + r.childVoice());
            }
            if (!r.impact().isBlank()) {
                after.add("Impact: " + r.impact());
            }
            rows.add(List.of(date, event, after.isEmpty() ? Cells.MISSING : String.join("\n", after)));
        }
        body.add(new Block.Table(new DataTable("chronology", List.of("Date", "What happened", "What followed"),
                rows), TableLayout.THREE_TEXT));
    }

    private static Block guidance(String text) {
        return new Block.Paragraph(List.of(Inline.emphasis(text)));
    }

    private static String agencyName(SingleAgencyReviewData d) {
        if (d.agencyCode() == null) {
            return "the agency (not recorded)";
        }
        String name = d.agencyName() == null ? d.agencyCode() : d.agencyName();
        return name.endsWith("(" + d.agencyCode() + ")") ? name : name + " (" + d.agencyCode() + ")";
    }

    private static String orMissing(String s) {
        return s == null || s.isBlank() ? "not recorded" : s.strip();
    }

    private static List<String> refs(SingleAgencyReviewData d) {
        List<String> refs = new ArrayList<>();
        refs.add(d.review().reviewRef());
        if (d.agencyCode() != null) {
            refs.add(d.agencyCode());
        }
        if (d.child() != null) {
            refs.add(d.child().childRef());
        }
        refs.addAll(d.caseRefs());
        return refs;
    }
}

package qaf.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import qaf.actiontracker.ActionTrackerComposer;
import qaf.actiontracker.ActionTrackerKind;
import qaf.analysis.audit.ActionRecord;
import qaf.analysis.audit.ActionSource;
import qaf.analysis.audit.ActionStatus;
import qaf.analysis.audit.Agency;
import qaf.analysis.audit.HowActioned;
import qaf.analysis.audit.SingleAgencyAudit;
import qaf.analysis.audit.SingleAgencyAuditYear;
import qaf.calendar.ReportingYear;
import qaf.agencyfeedback.AgencyFeedbackComposer;
import qaf.agencyfeedback.AgencyFeedbackKind;
import qaf.agencyfeedback.FeedbackFixtures;
import qaf.briefing.BriefingComposer;
import qaf.briefing.BriefingKind;
import qaf.analysis.briefing.BriefingSource;
import qaf.briefing.SevenMinuteBriefing;
import qaf.analysis.briefing.BriefingUse;
import qaf.analysis.briefing.BriefingUseRollup;
import qaf.briefinguses.BriefingUsesComposer;
import qaf.briefinguses.BriefingUsesKind;
import qaf.calendar.StrictDates;
import qaf.chronology.ChronologyComposer;
import qaf.chronology.ChronologyDocument;
import qaf.chronology.ChronologyKind;
import qaf.analysis.chronology.ChronologySource;
import qaf.evaluationoverview.EvaluationOverviewKind;
import qaf.evaluationoverview.OverviewFixtures;
import qaf.closetheloop.CloseTheLoopComposer;
import qaf.closetheloop.CloseTheLoopDocument;
import qaf.closetheloop.CloseTheLoopKind;
import qaf.render.Format;
import qaf.render.RenderContext;
import qaf.render.Renderer;
import qaf.render.docx.DocxProjection;
import qaf.singleagencyoverview.SingleAgencyOverviewComposer;
import qaf.singleagencyoverview.SingleAgencyOverviewKind;
import qaf.testing.Goldens;
import qaf.testing.PdfText;

/**
 * One contract for every renderer: each scenario is rendered in every format, reloaded, projected to
 * normalised text and compared with its golden file; and what the scenario says must be readable in
 * every format, so the formats cannot drift apart.
 */
class DocumentContractTest {
    static final RenderContext CONTEXT = new RenderContext(Instant.parse("2019-03-31T00:00:00Z"), "qaf test");

    /** A document scenario: its model and the phrases every format must show. */
    record Scenario<D>(String name, D document, Function<Format, Renderer<D>> renderers, List<String> mustShow) {
        byte[] render(Format format) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            renderers.apply(format).render(document, CONTEXT, out);
            return out.toByteArray();
        }
    }

    static Stream<Arguments> scenarios() {
        List<Scenario<?>> scenarios = List.of(chronology(), evaluationOverview(), agencyFeedback(), closeTheLoop(),
                sevenMinuteBriefing(), briefingUses(), s11Overview(), schoolsOverview(), singleAgencyOverview(),
                actionTracker(), annualReportReviews(), annualReportAudit(), annualReportTraining(), qaProgramme(),
                prePanelPack(), panelNotes(), singleAgencyReview(), independentOverview());
        return scenarios.stream().flatMap(s -> Stream.of(Format.values()).map(f -> Arguments.of(s.name(), f, s)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("scenarios")
    void rendersAsItsGoldenText(String name, Format format, Scenario<?> scenario) throws IOException {
        byte[] bytes = scenario.render(format);
        dump(name + "." + format.extension(), bytes);
        String text = format == Format.PDF ? PdfText.project(bytes) : DocxProjection.project(bytes);
        Goldens.assertMatches(name + "." + format.extension() + ".txt", text);
        String folded = text.replaceAll("\\s+", " ");
        for (String phrase : scenario.mustShow()) {
            assertTrue(folded.contains(phrase), format + " does not show \"" + phrase + "\"");
        }
    }

    /** With -Dqaf.dump=DIR, every rendered scenario is also written there, to be looked at as pages. */
    private static void dump(String file, byte[] bytes) throws IOException {
        String dir = System.getProperty("qaf.dump");
        if (dir != null) {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of(dir));
            java.nio.file.Files.write(java.nio.file.Path.of(dir, file), bytes);
        }
    }

    private static ChronologySource.Row row(String agency, String ref, String date, String time, boolean approx,
            String event, String source, String voice, String action, String impact, boolean key) {
        return new ChronologySource.Row(agency, ref, StrictDates.parsePartial(date),
                time == null ? null : LocalTime.parse(time), approx, event, source, voice, action, impact, key);
    }

    static Scenario<ChronologyDocument> chronology() {
        ChronologySource source = new ChronologySource(
                "Kestrel Vale Safeguarding Children Partnership", "MACE-2018-02", "evaluation MACE-2018-02",
                "C-0207", "case C-0207", "CH-0207", "Łukasz Nguyễn-O'Brien", LocalDate.of(2006, 2, 28),
                List.of(new ChronologySource.Agency("KVP", "Kestrel Vale Police"),
                        new ChronologySource.Agency("CSC", "Children's Social Care"),
                        new ChronologySource.Agency("YJS", "Youth Justice Service")),
                List.of(
                        row("CSC", "S-1", "2016", null, true, "Family moved to the area", "CSC case record",
                                "", "", "neutral", false),
                        row("KVP", "P-1", "2017-11", null, false, "Missing episode reported", "Police log",
                                "", "Return interview", "negative", false),
                        row("CSC", "S-2", "2018-04-03", "10:15", false, "Strategy meeting <&> held",
                                "CSC case record", "Said: ${home} is \"not safe\"", "", "negative", true),
                        row("KVP", "P-2", "2018-04-03", "09:00", false, "Arrest of older male",
                                "Custody record", "", "Referral to CSC", "neutral", false),
                        row("CSC", "S-3", "2019-01-10", null, false, "Case conference: CP plan",
                                "Conference minutes", "Wants to stay with Siobhán", "Plan agreed", "positive",
                                true)));
        ChronologyDocument doc = new ChronologyComposer().compose(source);
        ChronologyKind kind = new ChronologyKind();
        return new Scenario<>("chronology", doc, kind::renderer, List.of(
                "Łukasz Nguyễn-O'Brien", "28/02/2006", "OFFICIAL-SENSITIVE",
                "Family moved to the area", "c. 2016", "November 2017", "03/04/2018", "10/01/2019",
                "Strategy meeting <&> held", "Said: ${home} is", "Siobhán", "Key event", "No action recorded",
                "Youth Justice Service is involved but submitted no chronology entries."));
    }

    static Scenario<qaf.document.BlockDocument> s11Overview() {
        return new Scenario<>("s11-overview", qaf.s11overview.S11Fixtures.awkwardDocument(),
                new qaf.s11overview.S11OverviewKind()::renderer, List.of(
                        "Section 11 audit 2018: overview", "OFFICIAL-SENSITIVE",
                        "as at 31 March 2019", "2 of 3", "2\u21921", "Late (7 days)",
                        "Beta Agency (BBB) submitted a return with no scores.",
                        "Standard 8 (Equality of opportunity) was scored by nobody in cycle 2018.",
                        "Red (59 days overdue)", "Partnership-wide"));
    }

    /** The hand-made training year of TrainingFixtures (figures worked out in AnnualTrainingComposerTest). */
    static Scenario<qaf.document.BlockDocument> annualReportTraining() {
        return new Scenario<>("annual-report-training", qaf.annualtraining.TrainingFixtures.document(),
                new qaf.annualtraining.AnnualTrainingKind()::renderer, List.of(
                        "Training subgroup annual report 2018-19", "OFFICIAL-SENSITIVE", "Summary",
                        "2 of 4; 2 agencies absent", "3.00 before, 2.67 after: change -0.33",
                        "Neglect <&> ${theme}", "Delta Service (D)", "Priorities arising",
                        "Plan learning for the needs no event addressed: 1 of 4 (R-2, Neglect)."));
    }

    static Scenario<qaf.document.BlockDocument> annualReportReviews() {
        return new Scenario<>("annual-report-reviews", qaf.annualreviews.AnnualReviewsFixtures.awkwardDocument(),
                new qaf.annualreviews.AnnualReviewsKind()::renderer, List.of(
                        "Serious Case Review subgroup: annual report 2018-19", "OFFICIAL-SENSITIVE",
                        "Statuses as at 31 March 2019", "Summary", "Priorities arising",
                        "Overdue (171", "Child B", "Ask about <&> \"hidden\" adults; ${x} stays literal.",
                        "Re-audit: 9 of 10 files <ok> & \"good\"", "Unexpected death: SUDI"));
    }

    static Scenario<qaf.document.BlockDocument> schoolsOverview() {
        return new Scenario<>("schools-overview", qaf.schoolsoverview.SchoolsFixtures.awkwardDocument(),
                new qaf.schoolsoverview.SchoolsOverviewKind()::renderer, List.of(
                        "Schools' safeguarding audit 2018: overview", "2 of 3", "Red in area 5",
                        "Amber in 3 areas (1, 2 and 3)", "Ash Academy (SCH2) rated 10 of 14 areas.",
                        "1 school was invited to the moderation panel (the framework invites 4):"));
    }

    private static final List<Agency> AUDIT_AGENCIES = List.of(
            new Agency("CSC", "Children's Social Care", "social-care", null),
            new Agency("HLT", "Community Health", "health", null),
            new Agency("KVP", "Kestrel Vale Police", "police", null),
            new Agency("YJS", "Youth Justice Service", "youth-justice", null));

    /** One audit on time, one not received, an agency with none recorded. */
    static Scenario<qaf.document.BlockDocument> singleAgencyOverview() {
        SingleAgencyAuditYear year = new SingleAgencyAuditYear("2018-19", AUDIT_AGENCIES, List.of(
                new SingleAgencyAudit("2018-19", "CSC", LocalDate.of(2018, 9, 12), "12 case file audits <&> more.",
                        "Monthly scorecard.", "Practice is mostly safe.", null, "Support joint audits, Siobhán.",
                        "1. Re-audit in 6 months.\n2. Refresh guidance.", HowActioned.DISCUSSION,
                        "Aoife Ó Súilleabháin, Head of QA", "The 12 audits and the scorecard.", "A. Audit tool",
                        true, List.of(HowActioned.DISCUSSION, HowActioned.WORKSHOP)),
                new SingleAgencyAudit("2018-19", "HLT", null, null, null, null, null, null, null, null),
                new SingleAgencyAudit("2018-19", "KVP", LocalDate.of(2018, 10, 1), "Dip sample of 20 referrals.",
                        null, "Referrals are timely.", "Fewer repeat referrals.", "No concerns.", "None.",
                        null)));
        qaf.document.BlockDocument doc = new SingleAgencyOverviewComposer().compose(
                "Kestrel Vale Safeguarding Children Partnership", new ReportingYear(2018, 4), year);
        return new Scenario<>("single-agency-overview", doc, new SingleAgencyOverviewKind()::renderer, List.of(
                "OFFICIAL-SENSITIVE", "Single agency audits 2018-19", "Audits were due by 31 March 2019",
                "Submitted: 2 of 3", "Submitted on time: 2 of 3", "Missing (not received): 1 of 3",
                "Submitted on time", "Missing: not received", "No audit recorded for the year", "Not stated",
                "Children's Social Care (CSC)", "12 case file audits <&> more.", "Support joint audits, Siobhán.",
                "2. Refresh guidance.", "Completed by: Aoife Ó Súilleabháin, Head of QA",
                "The 12 audits and the scorecard.", "Ticked: Discussion item; Workshop.", "A. Audit tool",
                "1 agency was invited to the moderation panel (the framework invites 4):",
                "No single agency audit is recorded for Youth Justice Service (YJS) in 2018-19."));
    }

    private static ActionRecord action(String ref, ActionSource source, String agency, ActionStatus status,
            String due, String completed, String impact) {
        return new ActionRecord(ref, source, source.id().toUpperCase(java.util.Locale.UK) + "-1", agency,
                "Action " + ref + ": audit 20 referrals <&> report", LocalDate.of(2018, 6, 1), LocalDate.parse(due),
                status, completed == null ? null : LocalDate.parse(completed), null, impact);
    }

    /** Overdue, amber, green, complete with impact, partnership-wide and cancelled actions. */
    static Scenario<qaf.document.BlockDocument> actionTracker() {
        List<ActionRecord> actions = List.of(
                action("ACT-1", ActionSource.EVALUATION, "CSC", ActionStatus.OPEN, "2019-01-31", null, null),
                action("ACT-2", ActionSource.REVIEW, null, ActionStatus.IN_PROGRESS, "2019-03-01", null, null),
                action("ACT-3", ActionSource.CASE, "KVP", ActionStatus.OPEN, "2019-05-31", null, null),
                action("ACT-4", ActionSource.S11, "HLT", ActionStatus.COMPLETE, "2018-11-30", "2018-12-10",
                        "Fewer late referrals"),
                action("ACT-5", ActionSource.THEMATIC, null, ActionStatus.CANCELLED, "2018-09-01", null, null));
        qaf.document.BlockDocument doc = new ActionTrackerComposer().compose(
                "Kestrel Vale Safeguarding Children Partnership", new ReportingYear(2018, 4), actions, AUDIT_AGENCIES);
        return new Scenario<>("action-tracker", doc, new ActionTrackerKind()::renderer, List.of(
                "OFFICIAL-SENSITIVE", "Action tracker 2018-19", "as at 31 March 2019",
                "Red: open or in progress and past its due date on 31 March 2019",
                "5 actions as at 31 March 2019: 2 red (overdue), 1 amber, 1 green, 1 not rated (cancelled).",
                "1 of 4 actions not cancelled are complete.",
                "1 of 1 complete actions record evidence of impact.",
                "Overdue (red)", "Partnership-wide", "Not rated", "Cancelled", "59", "30",
                "Action ACT-1: audit 20", "<&> report", "Impact: Fewer late", "10/12/2018", "(10 days late)",
                "2 actions have no owning agency"));
    }

    /** The hand-made annual report of AnnualAuditFixtures: two evaluations in the year, one the year before. */
    static Scenario<qaf.document.BlockDocument> annualReportAudit() {
        return new Scenario<>("annual-report-audit", qaf.annualaudit.AnnualAuditFixtures.document(),
                new qaf.annualaudit.AnnualAuditKind()::renderer, List.of(
                        "Audit and Scrutiny annual report 2018-19", "OFFICIAL-SENSITIVE", "Summary of the year",
                        "Final grades good or better: 50% (3 of 6)", "1 of 2 to 50% (3 of 6)",
                        "Self-grades against final grades", "2017-18: 1 of 2",
                        "Theme \u201cGangs\u201d: weakest final grades of the year, 0 of 2 good or better.",
                        "Priorities arising"));
    }

    /** The awkward evaluation of OverviewFixtures: a case nobody graded, a regrade with no rationale, no chronology. */
    static Scenario<qaf.document.BlockDocument> evaluationOverview() {
        qaf.document.BlockDocument doc = OverviewFixtures.compose(OverviewFixtures.awkward());
        return new Scenario<>("evaluation-overview", doc, new EvaluationOverviewKind()::renderer, List.of(
                "OFFICIAL-SENSITIVE", "Evaluation overview: E-AWK", "Child A", "11–15", "Good → RI ▼",
                "⚑ No rationale recorded", "No agency has graded its involvement in case C-03.",
                "Kestrel Vale Police graded its involvement in case C-01 but sent no chronology entries.",
                "In progress – overdue"));
    }

    /** Issued, computed and condensed dates; the partnership's own words; no school audit in the programme. */
    static Scenario<qaf.document.BlockDocument> qaProgramme() {
        return new Scenario<>("qa-programme", qaf.qaprogramme.ProgrammeFixtures.document(),
                new qaf.qaprogramme.QaProgrammeKind()::renderer, List.of("Quality assurance programme 2018-19",
                        "Kestrel Vale Safeguarding Children Partnership's calendar", "\u201cissued\u201d is a date the partnership issued",
                        "Health: 24/05/2018", "03/12/2018 to 14/12/2018", "not in the condensed",
                        "by the Quality and Performance Group", "Online tool <&> ${evidence}",
                        "no dates in 2018-19 for: Schools and education audit", "Tuesday 8 May 2018"));
    }

    /** The awkward evaluation's returns and own grades: late, missing, a case nobody graded. */
    static Scenario<qaf.document.BlockDocument> prePanelPack() {
        return new Scenario<>("pre-panel-pack", qaf.prepanelpack.PanelFixtures.prePanelPack(),
                new qaf.prepanelpack.PrePanelPackKind()::renderer, List.of("Pre-panel pack: E-AWK",
                        "OFFICIAL-SENSITIVE", "Neglect & \"missed\" <appointments>", "Late by 5 working days",
                        "Not returned", "C-01 (Child A)", "Story of Child A",
                        "No agency has graded its involvement in this case yet."));
    }

    /** The awkward evaluation's panel: a regrade with no rationale, one with, a case action, a case ungraded. */
    static Scenario<qaf.document.BlockDocument> panelNotes() {
        return new Scenario<>("panel-notes", new qaf.panelnotes.PanelNotesComposer().compose(
                OverviewFixtures.PARTNERSHIP, qaf.prepanelpack.PanelFixtures.awkward(),
                qaf.prepanelpack.PanelFixtures.AGENCIES), new qaf.panelnotes.PanelNotesKind()::renderer, List.of(
                        "Panel notes: E-AWK", "OFFICIAL-SENSITIVE", "\u2691 No rationale recorded",
                        "The panel regraded 1 of 2 agencies: 0 up, 1 down.", "Good \u25B2 up 1",
                        "Evidence at panel showed prompt visits.", "Review the missed visits.",
                        "No agency graded its involvement in this case", "Partly evidenced"));
    }

    /** The police's feedback from the hand-made evaluation (figures worked out in FeedbackFixtures). */
    static Scenario<qaf.document.BlockDocument> agencyFeedback() {
        qaf.document.BlockDocument doc = new AgencyFeedbackComposer().compose(FeedbackFixtures.PARTNERSHIP,
                FeedbackFixtures.findings(), "POL");
        return new Scenario<>("agency-feedback", doc, new AgencyFeedbackKind()::renderer, List.of(
                "Agency feedback: Kestrel Vale Police", "OFFICIAL-SENSITIVE", "Neglect <&> ${theme}",
                "To the board representative of Kestrel Vale Police", "Evaluation lead: not recorded",
                "Child A", "Early help", "Down 1", "Missed the strategy",
                "No rationale recorded", "0 of 2", "2 of 3", "2 of 2", "1 of 3",
                "Open (overdue)", "Returned on time", "Overdue, by 2 working days",
                "sent no chronology entries"));
    }

    /** The police's outstanding form on case C2: no return, no lead person, an early-help case. */
    static Scenario<CloseTheLoopDocument> closeTheLoop() {
        CloseTheLoopDocument doc = new CloseTheLoopComposer().compose(FeedbackFixtures.PARTNERSHIP,
                FeedbackFixtures.findings(), "C2", "POL", FeedbackFixtures.children());
        return new Scenario<>("close-the-loop", doc, new CloseTheLoopKind()::renderer, List.of(
                "Closing the loop on a multi-agency case evaluation", "OFFICIAL-SENSITIVE", "Tomás Reyes",
                "15 July 2012", "5 years old at the panel day, 6 June 2018", "Roman Catholic",
                "Other: Early help", "Ana Silva",
                "Requires improvement (self-graded inadequate; regraded by the panel)",
                "No rationale recorded", "6 June 2018 (the panel day)",
                "20 June 2018 (10 working days after the panel day)", "overdue by 2 working days",
                "Overview/background", "Reflections", "Learning opportunity", "Actions"));
    }

    /** A public briefing on a missing evaluation, with a missing section, an empty one and awkward text. */
    static Scenario<SevenMinuteBriefing> sevenMinuteBriefing() {
        BriefingSource source = new BriefingSource("Kestrel Vale Safeguarding Children Partnership", "7MB-1819-09",
                "Hidden men & \"<risk>\"", "evaluation", "MACE-1819-ZZ", LocalDate.of(2019, 1, 14),
                List.of(new BriefingSource.Section(1, "Background", "Siobhán's team: ${who} <&> asked."),
                        new BriefingSource.Section(2, "Key messages", "See the man.\nAsk who visits."),
                        new BriefingSource.Section(3, "Why it matters", " "),
                        new BriefingSource.Section(4, "What to do", "Record every adult, from 03/04/2018 on."),
                        new BriefingSource.Section(5, "Questions", "Who is he?"),
                        new BriefingSource.Section(6, "Contacts", "MASH: 01632 960192.")),
                null, null, List.of());
        SevenMinuteBriefing doc = new BriefingComposer().compose(source);
        BriefingKind kind = new BriefingKind();
        return new Scenario<>("seven-minute-briefing", doc, kind::renderer, List.of(
                "Hidden men & \"<risk>\"", "Published 14 January 2019", "Siobhán's team: ${who}", "<&> asked.",
                "This section is empty.", "[date withheld] on.", "Section 7", "written.",
                "section 7 is missing.", "MACE-1819-ZZ"));
    }

    /** The 7MB action plan roll-up of a small year: one agency never used a briefing. */
    static Scenario<qaf.document.BlockDocument> briefingUses() {
        List<BriefingUseRollup.Named> briefings = List.of(new BriefingUseRollup.Named("7MB-1", "Neglect & <us>"),
                new BriefingUseRollup.Named("7MB-2", "Hidden men"));
        List<BriefingUseRollup.Named> agencies = List.of(new BriefingUseRollup.Named("CSC", "Children's Social Care"),
                new BriefingUseRollup.Named("KVP", "Kestrel Vale Police"),
                new BriefingUseRollup.Named("YJS", "Youth Justice Service"));
        List<BriefingUse> uses = List.of(
                new BriefingUse("7MB-1", "CSC", LocalDate.of(2018, 5, 2), "Assessment Team 1", 12, "Audit 5 cases"),
                new BriefingUse("7MB-1", "KVP", LocalDate.of(2018, 6, 1), "", 30, "No actions agreed."),
                new BriefingUse("7MB-2", "CSC", LocalDate.of(2019, 3, 1), "assessment team 1", 9, ""));
        qaf.document.BlockDocument doc = new BriefingUsesComposer().compose("Kestrel Vale Safeguarding Children Partnership",
                new ReportingYear(2018, 4), briefings, agencies, uses);
        BriefingUsesKind kind = new BriefingUsesKind();
        return new Scenario<>("briefing-uses", doc, kind::renderer, List.of(
                "OFFICIAL-SENSITIVE", "7MB-1: Neglect & <us>", "Youth Justice Service", "Audit 5 cases",
                "01/03/2019", "not recorded", "Sessions: 3; distinct teams reached: 2; attendees: 51.",
                "Agencies that cascaded a briefing: 2 of 3."));
    }

    /** A police review: letter sent, overdue, two lines of enquiry, that agency's entries, one action. */
    static Scenario<qaf.document.BlockDocument> singleAgencyReview() {
        return new Scenario<>("single-agency-review", qaf.singleagencyreview.SingleAgencyReviewFixtures.document(),
                new qaf.singleagencyreview.SingleAgencyReviewKind()::renderer, List.of("OFFICIAL-SENSITIVE",
                        "Single agency review SAR-T1", "Request for a single agency review",
                        "Siobhán Ní Bhriain, DI Safeguarding, Kestrel Vale Police (KVP)", "8 November 2018",
                        "Why was the notification shared 6 days after the incident?",
                        "29 November 2018. Not completed as at 31 March 2019: overdue by 122 days.",
                        "Single Agency Analysis Report \u2013 Zoë Łukasiewicz-O'Neill", "14 February 2009",
                        "Practice limited to one agency <&> ${x}", "Were key decisions justifiable?",
                        "c. September 2018", "Said she \"hides upstairs\"", "SMART", "Action plan", "ACT-9"));
    }

    /** The awkward evaluation's frame: the overview written (Markdown placed), three sections to write. */
    static Scenario<qaf.document.BlockDocument> independentOverview() {
        return new Scenario<>("independent-overview", qaf.independentoverview.IndependentOverviewFixtures.document(),
                new qaf.independentoverview.IndependentOverviewKind()::renderer, List.of("OFFICIAL-SENSITIVE",
                        "Independent overview: E-AWK", "It is due on 14 December 2018", "1 of 4 written so far",
                        "What the cases show", "Escalate <&> challenge.", "Child A", "Final grades good or better",
                        "The independent reviewer has not written this section yet.", "School kept Child A safe.",
                        "Actions agreed so far"));
    }
}

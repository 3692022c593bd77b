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
import qaf.agencyfeedback.AgencyFeedbackComposer;
import qaf.agencyfeedback.AgencyFeedbackDocument;
import qaf.agencyfeedback.AgencyFeedbackKind;
import qaf.agencyfeedback.FeedbackFixtures;
import qaf.calendar.StrictDates;
import qaf.chronology.ChronologyComposer;
import qaf.chronology.ChronologyDocument;
import qaf.chronology.ChronologyKind;
import qaf.chronology.ChronologySource;
import qaf.closetheloop.CloseTheLoopComposer;
import qaf.closetheloop.CloseTheLoopDocument;
import qaf.closetheloop.CloseTheLoopKind;
import qaf.render.Format;
import qaf.render.RenderContext;
import qaf.render.Renderer;
import qaf.render.docx.DocxProjection;
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
        List<Scenario<?>> scenarios = List.of(chronology(), agencyFeedback(), closeTheLoop());
        return scenarios.stream().flatMap(s -> Stream.of(Format.values()).map(f -> Arguments.of(s.name(), f, s)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("scenarios")
    void rendersAsItsGoldenText(String name, Format format, Scenario<?> scenario) throws IOException {
        byte[] bytes = scenario.render(format);
        String text = format == Format.PDF ? PdfText.project(bytes) : DocxProjection.project(bytes);
        Goldens.assertMatches(name + "." + format.extension() + ".txt", text);
        String folded = text.replaceAll("\\s+", " ");
        for (String phrase : scenario.mustShow()) {
            assertTrue(folded.contains(phrase), format + " does not show \"" + phrase + "\"");
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

    /** The police's feedback from the hand-made evaluation (figures worked out in FeedbackFixtures). */
    static Scenario<AgencyFeedbackDocument> agencyFeedback() {
        AgencyFeedbackDocument doc = new AgencyFeedbackComposer().compose(FeedbackFixtures.PARTNERSHIP,
                FeedbackFixtures.findings(), "POL");
        return new Scenario<>("agency-feedback", doc, new AgencyFeedbackKind()::renderer, List.of(
                "Agency feedback: Kestrel Vale Police", "OFFICIAL-SENSITIVE", "Neglect <&> ${theme}",
                "To the board representative of Kestrel Vale Police", "Evaluation lead: not recorded",
                "Child A", "Early help", "Down 1", "Missed the strategy",
                "No rationale recorded", "0% (0 of 2)", "67% (2 of 3)", "100% (2 of 2)", "33% (1 of 3)",
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
}

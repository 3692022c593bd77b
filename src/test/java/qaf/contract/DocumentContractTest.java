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
import qaf.calendar.StrictDates;
import qaf.chronology.ChronologyComposer;
import qaf.chronology.ChronologyDocument;
import qaf.chronology.ChronologyKind;
import qaf.chronology.ChronologySource;
import qaf.evaluationoverview.EvaluationOverview;
import qaf.evaluationoverview.EvaluationOverviewKind;
import qaf.evaluationoverview.OverviewFixtures;
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
        List<Scenario<?>> scenarios = List.of(chronology(), evaluationOverview());
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

    /** The awkward evaluation of OverviewFixtures: a case nobody graded, a regrade with no rationale, no chronology. */
    static Scenario<EvaluationOverview> evaluationOverview() {
        EvaluationOverview doc = OverviewFixtures.compose(OverviewFixtures.awkward());
        return new Scenario<>("evaluation-overview", doc, new EvaluationOverviewKind()::renderer, List.of(
                "OFFICIAL-SENSITIVE", "Evaluation overview: E-AWK", "Child A", "11–15", "Good → RI ▼",
                "⚑ No rationale recorded", "No agency has graded its involvement in case C-03.",
                "Kestrel Vale Police graded its involvement in case C-01 but sent no chronology entries.",
                "In progress – overdue"));
    }
}

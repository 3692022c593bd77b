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
import qaf.briefing.BriefingComposer;
import qaf.briefing.BriefingKind;
import qaf.briefing.BriefingSource;
import qaf.briefing.SevenMinuteBriefing;
import qaf.briefinguses.BriefingUse;
import qaf.briefinguses.BriefingUseRollup;
import qaf.briefinguses.BriefingUsesComposer;
import qaf.briefinguses.BriefingUsesDocument;
import qaf.briefinguses.BriefingUsesKind;
import qaf.calendar.ReportingYear;
import qaf.calendar.StrictDates;
import qaf.chronology.ChronologyComposer;
import qaf.chronology.ChronologyDocument;
import qaf.chronology.ChronologyKind;
import qaf.chronology.ChronologySource;
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
        List<Scenario<?>> scenarios = List.of(chronology(), sevenMinuteBriefing(), briefingUses());
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
    static Scenario<BriefingUsesDocument> briefingUses() {
        List<BriefingUseRollup.Named> briefings = List.of(new BriefingUseRollup.Named("7MB-1", "Neglect & <us>"),
                new BriefingUseRollup.Named("7MB-2", "Hidden men"));
        List<BriefingUseRollup.Named> agencies = List.of(new BriefingUseRollup.Named("CSC", "Children's Social Care"),
                new BriefingUseRollup.Named("KVP", "Kestrel Vale Police"),
                new BriefingUseRollup.Named("YJS", "Youth Justice Service"));
        List<BriefingUse> uses = List.of(
                new BriefingUse("7MB-1", "CSC", LocalDate.of(2018, 5, 2), "Assessment Team 1", 12, "Audit 5 cases"),
                new BriefingUse("7MB-1", "KVP", LocalDate.of(2018, 6, 1), "", 30, "No actions agreed."),
                new BriefingUse("7MB-2", "CSC", LocalDate.of(2019, 3, 1), "assessment team 1", 9, ""));
        BriefingUsesDocument doc = new BriefingUsesComposer().compose("Kestrel Vale Safeguarding Children Partnership",
                new ReportingYear(2018, 4), briefings, agencies, uses);
        BriefingUsesKind kind = new BriefingUsesKind();
        return new Scenario<>("briefing-uses", doc, kind::renderer, List.of(
                "OFFICIAL-SENSITIVE", "7MB-1: Neglect & <us>", "Youth Justice Service", "Audit 5 cases",
                "01/03/2019", "not recorded", "Sessions: 3; teams reached: 2; attendees: 51.",
                "Agencies that cascaded a briefing: 2 of 3."));
    }
}

package qaf.chronology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.docx4j.XmlUtils;
import org.docx4j.dml.wordprocessingDrawing.Inline;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.Drawing;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;
import org.junit.jupiter.api.Test;
import qaf.render.RenderContext;
import qaf.render.docx.DocxProjection;
import qaf.document.Audience;

class ChronologyDocxTest {
    private static final RenderContext CONTEXT = new RenderContext(Instant.parse("2019-04-01T08:00:00Z"), "qaf 0.1.0");

    private static byte[] render(ChronologyDocument doc, RenderContext context) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new ChronologyDocx().render(doc, context, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static WordprocessingMLPackage reload(byte[] docx) throws Docx4JException {
        return WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
    }

    private static List<String> lines(byte[] docx) {
        return Arrays.asList(DocxProjection.project(docx).split("\n"));
    }

    @Test
    void headingsFollowTheOutlineWithoutSkippingALevel() {
        List<String> headings = lines(render(ChronologyFixtures.full(), CONTEXT)).stream()
                .filter(l -> l.startsWith("#") || l.startsWith("= "))
                .toList();
        assertEquals(List.of("= Multi-agency chronology", "# Summary", "## Entries per agency", "## Notes",
                "## Timeline", "# Chronology", "## 2016", "## 2017", "## 2018"), headings);
        int previous = 0;
        for (String h : headings.subList(1, headings.size())) {
            int level = h.indexOf(' ');
            assertTrue(level <= previous + 1, "skipped a level at " + h);
            previous = level;
        }
    }

    @Test
    void everyTableHasARepeatingHeaderRowOnItsFirstRowOnly() throws Docx4JException {
        WordprocessingMLPackage pkg = reload(render(ChronologyFixtures.full(), CONTEXT));
        List<Tbl> tables = new ArrayList<>();
        for (Object o : pkg.getMainDocumentPart().getContent()) {
            if (XmlUtils.unwrap(o) instanceof Tbl t) {
                tables.add(t);
            }
        }
        assertEquals(4, tables.size(), "entries per agency + one table per year");
        for (Tbl t : tables) {
            List<Tr> rows = t.getContent().stream().map(XmlUtils::unwrap).filter(Tr.class::isInstance)
                    .map(Tr.class::cast).toList();
            assertTrue(isHeader(rows.get(0)), "first row repeats");
            assertTrue(rows.stream().skip(1).noneMatch(ChronologyDocxTest::isHeader), "only the first row repeats");
        }
        List<String> projection = lines(render(ChronologyFixtures.full(), CONTEXT));
        int header = projection.indexOf("| Date | Agency | Source | Event | Child's voice | Action | Impact |");
        assertTrue(header > 0);
        assertEquals("|-", projection.get(header + 1));
    }

    private static boolean isHeader(Tr tr) {
        return tr.getTrPr() != null && tr.getTrPr().getCnfStyleOrDivIdOrGridBefore().stream()
                .anyMatch(e -> e.getName().getLocalPart().equals("tblHeader"));
    }

    @Test
    void aThirtyThousandCharacterEntrySurvivesIntact() {
        String projection = DocxProjection.project(render(ChronologyFixtures.full(), CONTEXT));
        assertEquals(30_000, ChronologyFixtures.LONG_EVENT.length());
        assertTrue(projection.contains("| " + ChronologyDocx.KEY_EVENT_MARKER + "<br>" + ChronologyFixtures.LONG_EVENT
                + " |"));
    }

    @Test
    void everyKindOfTextSurvives() {
        String projection = DocxProjection.project(render(ChronologyFixtures.full(), CONTEXT));
        for (String text : List.of("Zoë Nguyễn-O'Brien", "Łukasz Wiśniewski", "Siobhán Ní Bhriain", "Nguyễn Thị Mai",
                ChronologyFixtures.ARABIC, ChronologyFixtures.URDU, "😟", "👍🏽", ChronologyFixtures.AWKWARD,
                "03/11/2015", ChronologyFixtures.PARTNERSHIP)) {
            assertTrue(projection.contains(text), () -> "lost: " + text);
        }
    }

    @Test
    void rightToLeftTextIsMarkedRightToLeft() throws Docx4JException {
        WordprocessingMLPackage pkg = reload(render(ChronologyFixtures.full(), CONTEXT));
        List<R> runs = new ArrayList<>();
        collectRuns(pkg.getMainDocumentPart().getContent(), runs);
        R arabic = runs.stream().filter(r -> textOf(r).equals(ChronologyFixtures.ARABIC)).findFirst().orElseThrow();
        assertTrue(arabic.getRPr() != null && arabic.getRPr().getRtl() != null, "Arabic run marked rtl");
        R english = runs.stream().filter(r -> textOf(r).equals("Attended; advice given.")).findFirst().orElseThrow();
        assertTrue(english.getRPr() == null || english.getRPr().getRtl() == null);
    }

    @Test
    void keyEventsAndVoiceWithoutActionAreMarkedInTextAndStyle() throws Docx4JException {
        List<String> projection = lines(render(ChronologyFixtures.full(), CONTEXT));
        assertTrue(projection.contains("| March 2017 | Children's Social Care | Referral form | "
                + ChronologyDocx.KEY_EVENT_MARKER + "<br>Referral from school: Łukasz Wiśniewski (step-father) seen"
                + " shouting. | Zoë said she was scared 😟 | " + ChronologyDocx.NO_ACTION_MARKER + " | negative |"),
                String.join("\n", projection));
        assertEquals(2, projection.stream().filter(l -> l.startsWith("|") && l.contains(ChronologyDocx.NO_ACTION_MARKER)).count());

        WordprocessingMLPackage pkg = reload(render(ChronologyFixtures.full(), CONTEXT));
        Tr keyAndVoice = rowContaining(pkg, "Referral from school");
        Tr plain = rowContaining(pkg, "Second call-out.");
        assertEquals(List.of("Highlight"), paragraphStyles(keyAndVoice));
        assertEquals(List.of("TableText"), paragraphStyles(plain));
        List<R> runs = new ArrayList<>();
        collectRuns(keyAndVoice.getContent(), runs);
        assertTrue(runs.stream().allMatch(r -> r.getRPr() != null && r.getRPr().getRStyle() != null
                && r.getRPr().getRStyle().getVal().equals("Strong")));
    }

    @Test
    void theChronologyIsOnLandscapePages() throws Docx4JException {
        var size = reload(render(ChronologyFixtures.full(), CONTEXT)).getMainDocumentPart().getJaxbElement().getBody()
                .getSectPr().getPgSz();
        assertEquals(org.docx4j.wml.STPageOrientation.LANDSCAPE, size.getOrient());
        assertTrue(size.getW().compareTo(size.getH()) > 0);
    }

    @Test
    void anAgencyWithNoEntriesIsListed() {
        assertTrue(lines(render(ChronologyFixtures.full(), CONTEXT)).contains("| Probation Service | 0 |"));
    }

    @Test
    void theTimelineCarriesItsAltTextUnchanged() throws Docx4JException {
        WordprocessingMLPackage pkg = reload(render(ChronologyFixtures.full(), CONTEXT));
        List<Inline> inlines = new ArrayList<>();
        collectInlines(pkg.getMainDocumentPart().getContent(), inlines);
        assertEquals(1, inlines.size());
        assertEquals(ChronologyFixtures.ALT_TEXT, inlines.get(0).getDocPr().getDescr());
        assertTrue(lines(render(ChronologyFixtures.full(), CONTEXT)).contains("Figure 1: Entries per agency over time"));
    }

    @Test
    void titleLanguageAndDatesAreSetInTheProperties() throws Docx4JException {
        byte[] docx = render(ChronologyFixtures.full(), CONTEXT);
        WordprocessingMLPackage pkg = reload(docx);
        var core = pkg.getDocPropsCorePart().getJaxbElement();
        assertEquals(List.of("Multi-agency chronology"), core.getTitle().getValue().getContent());
        assertEquals(List.of("en-GB"), core.getLanguage().getContent());
        assertEquals(List.of("qaf"), core.getCreator().getContent());
        assertEquals(List.of("2019-04-01T08:00:00Z"), core.getCreated().getContent());
        assertEquals(List.of("2019-04-01T08:00:00Z"), core.getModified().getContent());
        assertEquals("en-GB", pkg.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement().getDocDefaults()
                .getRPrDefault().getRPr().getLang().getVal());
    }

    @Test
    void everyPageIsMarkedAndNumbered() {
        List<String> projection = lines(render(ChronologyFixtures.full(), CONTEXT));
        assertEquals(List.of("[header] OFFICIAL-SENSITIVE", "[header] " + ChronologyFixtures.PARTNERSHIP,
                        "[footer] Page {PAGE} of {NUMPAGES}", "[footer] OFFICIAL-SENSITIVE"),
                projection.stream().filter(l -> l.startsWith("[header]") || l.startsWith("[footer]")).toList());
    }

    @Test
    void anEmptyChronologySaysSoAndHasNoYearTablesOrFigure() {
        List<String> projection = lines(render(ChronologyFixtures.empty(), CONTEXT));
        assertTrue(projection.contains("No agency submitted any entries."));
        assertTrue(projection.contains("There are no entries to show."));
        assertTrue(projection.contains("| Probation Service | 0 |"));
        assertEquals(List.of("= Multi-agency chronology", "# Summary", "## Entries per agency", "## Notes",
                "# Chronology"), projection.stream().filter(l -> l.startsWith("#") || l.startsWith("= ")).toList());
        assertFalse(projection.stream().anyMatch(l -> l.startsWith("[figure") || l.contains("| Date |")));
    }

    @Test
    void sameDocumentGivesTheSameBytes() {
        byte[] first = render(ChronologyFixtures.full(), CONTEXT);
        byte[] second = render(ChronologyFixtures.full(), new RenderContext(CONTEXT.documentDate(), "qaf 0.1.0"));
        assertArrayEquals(first, second);
        byte[] later = render(ChronologyFixtures.full(),
                new RenderContext(Instant.parse("2019-04-02T08:00:00Z"), "qaf 0.1.0"));
        assertFalse(Arrays.equals(first, later), "the document date is part of the file");
    }

    @Test
    void aPublicAudienceDocumentCarriesNoMarking() {
        ChronologyDocument full = ChronologyFixtures.full();
        ChronologyDocument unmarked = new ChronologyDocument(ChronologyFixtures.meta(Audience.PUBLIC),
                full.childName(), full.dateOfBirth(), full.context(), full.firstDate(), full.lastDate(),
                full.agencies(), full.voiceWithoutAction(), full.keyEvents(), full.entries(), full.timeline(),
                full.notes());
        String projection = DocxProjection.project(render(unmarked, CONTEXT));
        assertFalse(projection.contains("OFFICIAL"));
        assertTrue(projection.contains("[footer] Page {PAGE} of {NUMPAGES}"));
    }

    private static Tr rowContaining(WordprocessingMLPackage pkg, String text) {
        for (Object o : pkg.getMainDocumentPart().getContent()) {
            if (XmlUtils.unwrap(o) instanceof Tbl t) {
                for (Object r : t.getContent()) {
                    if (XmlUtils.unwrap(r) instanceof Tr tr) {
                        List<R> runs = new ArrayList<>();
                        collectRuns(tr.getContent(), runs);
                        if (runs.stream().map(ChronologyDocxTest::textOf).anyMatch(s -> s.contains(text))) {
                            return tr;
                        }
                    }
                }
            }
        }
        throw new AssertionError("no row with " + text);
    }

    private static List<String> paragraphStyles(Tr tr) {
        List<Object> flat = new ArrayList<>();
        for (Object c : tr.getContent()) {
            if (XmlUtils.unwrap(c) instanceof Tc tc) {
                flat.addAll(tc.getContent());
            }
        }
        return flat.stream().map(XmlUtils::unwrap).filter(P.class::isInstance).map(P.class::cast)
                .map(p -> p.getPPr().getPStyle().getVal()).distinct().collect(Collectors.toList());
    }

    private static void collectRuns(List<Object> content, List<R> runs) {
        for (Object o : content) {
            Object x = XmlUtils.unwrap(o);
            if (x instanceof R r) {
                runs.add(r);
            } else if (x instanceof org.docx4j.wml.ContentAccessor c) {
                collectRuns(c.getContent(), runs);
            }
        }
    }

    private static void collectInlines(List<Object> content, List<Inline> inlines) {
        for (Object o : content) {
            Object x = XmlUtils.unwrap(o);
            if (x instanceof Drawing d) {
                d.getAnchorOrInline().stream().filter(Inline.class::isInstance).map(Inline.class::cast)
                        .forEach(inlines::add);
            } else if (x instanceof org.docx4j.wml.ContentAccessor c) {
                collectInlines(c.getContent(), inlines);
            }
        }
    }

    private static String textOf(R r) {
        StringBuilder sb = new StringBuilder();
        for (Object o : r.getContent()) {
            if (XmlUtils.unwrap(o) instanceof org.docx4j.wml.Text t) {
                sb.append(t.getValue());
            }
        }
        return sb.toString();
    }
}

package qaf.briefinguses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import qaf.analysis.briefing.BriefingUse;
import qaf.calendar.ReportingYear;
import qaf.document.Audience;
import qaf.document.Block;
import qaf.document.BlockDocument;
import qaf.document.DataTable;
import qaf.render.Format;
import qaf.render.RenderContext;
import qaf.render.docx.DocxProjection;
import qaf.render.pdf.VeraPdf;
import qaf.testing.PdfText;

class BriefingUsesComposerTest {
    private static final RenderContext CONTEXT = new RenderContext(Instant.parse("2019-03-31T00:00:00Z"), "qaf test");
    private static final ReportingYear YEAR = new ReportingYear(2018, 4);

    static BlockDocument document(List<BriefingUse> uses) {
        return new BriefingUsesComposer().compose("Kestrel Vale Safeguarding Children Partnership", YEAR,
                BriefingUseRollupTest.BRIEFINGS, BriefingUseRollupTest.AGENCIES, uses);
    }

    static DataTable table(BlockDocument d, String name) {
        return d.dataTables().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + name));
    }

    private static String text(BlockDocument d) {
        return d.body().stream().map(b -> b instanceof Block.Paragraph p ? p.text()
                : b instanceof Block.Bullets l ? String.join("\n", l.texts())
                : b instanceof Block.Heading h ? h.text() : "").collect(Collectors.joining("\n"));
    }

    private static byte[] render(Format format, BlockDocument d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BriefingUsesKind().renderer(format).render(d, CONTEXT, out);
        return out.toByteArray();
    }

    @Test
    void composesTheYearsRollUpForTheBoard() {
        BlockDocument d = document(BriefingUseRollupTest.uses());
        assertEquals(Audience.BOARD, d.meta().audience());
        assertEquals(BlockDocument.Orientation.LANDSCAPE, d.orientation());
        assertEquals("Seven-minute briefings: the 7MB action plan, 2018-19", d.meta().title());
        assertEquals("briefing-uses-2018-19", d.name());
        assertEquals(List.of("B1", "B2", "B0", "B3", "A1", "A2", "A9"), d.meta().refs());
        assertTrue(text(d).contains("Briefings cascaded: 3 of 4.\nAgencies that cascaded a briefing: 3 of 3.\n"
                + "Sessions: 6; distinct teams reached: 4; attendees: 30.\nSessions at which the team agreed actions: 2 of 6."),
                text(d));
        assertEquals(List.of("Total", "3", "6", "4", "30", "2"), table(d, "by-briefing").rows().get(4));
        assertEquals(List.of("B1: One", "2", "3", "2", "22", "1"), table(d, "by-briefing").rows().get(0));
        assertEquals(List.of("Total", "3", "6", "4", "30", "2"), table(d, "by-agency").rows().get(3));
        // By briefing, then agency name, day and team; blanks say "not recorded".
        DataTable sessions = table(d, "sessions");
        assertEquals(List.of("B1", "Beta", "02/06/2018", "not recorded", "7", "not recorded"), sessions.rows().get(2));
        assertEquals(List.of("B1", "Alpha", "01/05/2018", "Team X", "10", "Audit 5 cases"), sessions.rows().get(0));
        assertEquals(List.of(List.of("A3", "Gamma")), table(d, "agencies-without-use").rows());
        assertEquals(List.of("by-briefing", "by-agency", "agencies-without-use", "sessions"),
                d.dataTables().stream().map(DataTable::name).toList());
    }

    /**
     * Issue 14: the Total row's agencies and teams are distinct counts (each once in the year) under columns
     * that count them per briefing (the sample: "Teams reached 33" over a column adding up to 56), and
     * nothing said so.
     */
    @Test
    void distinctTotalsStoodUnderColumnsTheyDoNotSumWithoutSayingSo() {
        BlockDocument d = document(BriefingUseRollupTest.uses());
        List<List<String>> rows = table(d, "by-briefing").rows();
        List<List<String>> lines = rows.subList(0, rows.size() - 1);
        int agencies = lines.stream().mapToInt(r -> Integer.parseInt(r.get(1))).sum();
        int teams = lines.stream().mapToInt(r -> Integer.parseInt(r.get(3))).sum();
        // The fixture has an agency that cascaded two briefings, so a column sum exceeds its distinct total.
        assertTrue(agencies > 3 || teams > 4, agencies + " agencies, " + teams + " teams");
        assertTrue(text(d).contains("In the Total row, Agencies (3) and Teams reached (4) count each agency and each"
                + " team once, however many briefings it cascaded; the rows above count it under every briefing, so"
                + " those columns add up to " + agencies + " and " + teams + "."), text(d));
        List<List<String>> byAgency = table(d, "by-agency").rows();
        int briefings = byAgency.subList(0, byAgency.size() - 1).stream().mapToInt(r -> Integer.parseInt(r.get(1)))
                .sum();
        assertTrue(text(d).contains("In the Total row, Briefings used (3) counts each briefing once, however many"
                + " agencies cascaded it; the rows above add up to " + briefings + "."), text(d));
    }

    @Test
    void theTotalRowsAreBoldAndTheFiguresRightAligned() {
        Block.Table byBriefing = d().body().stream().filter(b -> b instanceof Block.Table t
                && t.name().equals("by-briefing")).map(b -> (Block.Table) b).findFirst().orElseThrow();
        List<List<Block.Cell>> rows = byBriefing.rows();
        assertTrue(rows.get(rows.size() - 1).stream().allMatch(Block.Cell::strong));
        assertTrue(rows.get(0).stream().noneMatch(Block.Cell::strong));
        assertEquals(java.util.Set.of(1, 2, 3, 4, 5), byBriefing.numeric());
    }

    private static BlockDocument d() {
        return document(BriefingUseRollupTest.uses());
    }

    @Test
    void rendersBothFormatsCompliantly() throws IOException {
        byte[] pdf = render(Format.PDF, d());
        VeraPdf.assertCompliant(pdf, "briefing uses");
        String text = PdfText.project(pdf);
        assertTrue(text.contains("OFFICIAL-SENSITIVE"));
        assertTrue(text.contains("Nobody objected; review plans"), text);
        assertTrue(text.contains("Gamma"));
        String projected = DocxProjection.project(render(Format.DOCX, d()));
        assertTrue(projected.contains("# Agencies that used no briefing"), projected);
        assertTrue(projected.contains("| A3 | Gamma |"), projected);
    }

    @Test
    void aYearWithNoSessionsSaysSo() throws IOException {
        BlockDocument d = document(List.of());
        assertTrue(text(d).contains("No agency reported cascading a seven-minute briefing in 2018-19."), text(d));
        byte[] pdf = render(Format.PDF, d);
        VeraPdf.assertCompliant(pdf, "briefing uses, none");
        assertTrue(PdfText.project(pdf).contains("No sessions were reported."));
    }
}

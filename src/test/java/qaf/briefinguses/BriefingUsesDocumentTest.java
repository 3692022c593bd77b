package qaf.briefinguses;

import qaf.analysis.briefing.BriefingUse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.calendar.ReportingYear;
import qaf.render.RenderContext;
import qaf.render.docx.DocxProjection;
import qaf.render.pdf.VeraPdf;
import qaf.document.Audience;
import qaf.testing.PdfText;

class BriefingUsesDocumentTest {
    private static final RenderContext CONTEXT = new RenderContext(Instant.parse("2019-03-31T00:00:00Z"), "qaf test");
    private static final ReportingYear YEAR = new ReportingYear(2018, 4);

    static BriefingUsesDocument document(List<BriefingUse> uses) {
        return new BriefingUsesComposer().compose("Kestrel Vale Safeguarding Children Partnership", YEAR,
                BriefingUseRollupTest.BRIEFINGS, BriefingUseRollupTest.AGENCIES, uses);
    }

    @Test
    void composesTheYearsRollUpForTheBoard() {
        BriefingUsesDocument d = document(BriefingUseRollupTest.uses());
        assertEquals(Audience.BOARD, d.meta().audience());
        assertEquals("Seven-minute briefings: the 7MB action plan, 2018-19", d.meta().title());
        assertEquals("briefing-uses-2018-19", d.name());
        assertEquals(List.of("B1", "B2", "B0", "B3", "A1", "A2", "A9"), d.meta().refs());
        assertEquals(List.of("Briefings cascaded: 3 of 4.", "Agencies that cascaded a briefing: 3 of 3.",
                "Sessions: 6; teams reached: 4; attendees: 30.", "Sessions at which the team agreed actions: 2 of 6."),
                d.summary());
        assertEquals(List.of("Total", "3", "6", "4", "30", "2"), d.briefingRows().get(4));
        assertEquals(List.of("B1: One", "2", "3", "2", "22", "1"), d.briefingRows().get(0));
        assertEquals(List.of("Total", "3", "6", "4", "30", "2"), d.agencyRows().get(3));
        // By briefing, then agency name, day and team; blanks say "not recorded".
        assertEquals(List.of("B1", "Beta", "02/06/2018", "not recorded", "7", "not recorded"), d.sessionRows().get(2));
        assertEquals(List.of("B1", "Alpha", "01/05/2018", "Team X", "10", "Audit 5 cases"), d.sessionRows().get(0));
    }

    @Test
    void rendersBothFormatsCompliantly() throws IOException {
        BriefingUsesDocument d = document(BriefingUseRollupTest.uses());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new BriefingUsesPdf().render(d, CONTEXT, pdf);
        VeraPdf.assertCompliant(pdf.toByteArray(), "briefing uses");
        String text = PdfText.project(pdf.toByteArray());
        assertTrue(text.contains("OFFICIAL-SENSITIVE"));
        assertTrue(text.contains("Nobody objected; review plans"), text);
        assertTrue(text.contains("Gamma"));
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        new BriefingUsesDocx().render(d, CONTEXT, docx);
        String projected = DocxProjection.project(docx.toByteArray());
        assertTrue(projected.contains("# Agencies that used no briefing"), projected);
        assertTrue(projected.contains("- Gamma"), projected);
    }

    @Test
    void aYearWithNoSessionsSaysSo() throws IOException {
        BriefingUsesDocument d = document(List.of());
        assertEquals("No agency reported cascading a seven-minute briefing in 2018-19.", d.notes().get(0));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new BriefingUsesPdf().render(d, CONTEXT, pdf);
        VeraPdf.assertCompliant(pdf.toByteArray(), "briefing uses, none");
        assertTrue(PdfText.project(pdf.toByteArray()).contains("No sessions were reported."));
    }
}

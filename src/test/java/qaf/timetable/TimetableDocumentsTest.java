package qaf.timetable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.document.BlockDocument;
import qaf.document.Block;
import qaf.calendar.BankHolidays;
import qaf.calendar.Nation;
import qaf.calendar.Timetable;
import qaf.calendar.WorkingDays;
import qaf.cli.Main;
import qaf.render.docx.DocxProjection;
import qaf.render.pdf.VeraPdf;
import qaf.document.Audience;
import qaf.testing.PdfText;

class TimetableDocumentsTest {
    @TempDir
    Path dir;

    @Test
    void keyDatesAreTheTimetablesOwnMilestones() {
        // The framework's 2018 full evaluation: start Mon 5 Nov, chronologies day 11 (Mon 19 Nov),
        // self-evaluations day 13 (Wed 21 Nov), health day 14 (Thu 22 Nov), panel day 18 (Wed 28 Nov),
        // close-the-loop 10 working days after the panel (Wed 12 Dec).
        Timetable t = Timetable.of(Timetable.Kind.FULL, LocalDate.of(2018, 11, 5), null,
                new WorkingDays(BankHolidays.load(Nation.ENGLAND_AND_WALES)));
        BlockDocument doc = TimetableDocuments.compose("Kestrel Vale LSCB", t, Nation.ENGLAND_AND_WALES, false);
        assertEquals(Audience.PUBLIC, doc.meta().audience());
        assertEquals("timetable-full-2018-11-05", doc.name());
        Block.Table keyDates = (Block.Table) doc.body().get(1);
        assertEquals(List.of(
                List.of("Start (week 1, day 1)", "Mon 5 November 2018"),
                List.of("Chronologies due", "Mon 19 November 2018"),
                List.of("Self-evaluations due", "Wed 21 November 2018"),
                List.of("Health self-evaluations due", "Thu 22 November 2018"),
                List.of("Multi-agency panel day", "Wed 28 November 2018"),
                List.of("Close-the-loop forms due (10 working days after the panel)", "Wed 12 December 2018")),
                keyDates.data().rows());
    }

    @Test
    void theCommandRendersAnAccessiblePdfAndADocx() throws Exception {
        StringWriter out = new StringWriter();
        int code = Main.run(new String[] {"timetable", "--kind", "condensed", "--start", "2018-10-01",
            "--render", dir.toString(), "--partnership", "Kestrel Vale LSCB"}, new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        assertEquals(0, code, out.toString());
        Path pdf = dir.resolve("2018-19/timetable/timetable-condensed-2018-10-01.pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        VeraPdf.assertCompliant(bytes, pdf.toString());
        String text = PdfText.project(bytes).replaceAll("\\s+", " ");
        assertTrue(text.contains("Multi-agency panel day"), text);
        assertTrue(!text.contains("OFFICIAL-SENSITIVE"), "a public document carries no marking");
        String docx = DocxProjection.project(Files.readAllBytes(dir.resolve(
                "2018-19/timetable/timetable-condensed-2018-10-01.docx")));
        assertTrue(docx.contains("# Every step"), docx);
        assertTrue(out.toString().contains("timetable-condensed-2018-10-01.pdf"), out.toString());
    }
}

package qaf.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.calendar.BankHolidays;
import qaf.calendar.Nation;
import qaf.calendar.WorkingDays;
import qaf.ingest.Ingest;
import qaf.store.Database;

/** Forms speak the partnership's words (terms.csv), not the 2018 framework's. */
class ReturnsTermsTest {
    /** The 2018 framework's words that a Working Together 2023 partnership has replaced. */
    private static final List<String> WORDS_OF_2018 = List.of("Local Safeguarding Children Board", "LSCB",
            "Audit and Scrutiny subgroup", "Serious Case Review", "the board");

    @TempDir
    Path tmp;

    private Path dataset() throws IOException, URISyntaxException {
        Path dir = Files.createDirectories(tmp.resolve("wt2023"));
        try (Stream<Path> files = Files.list(Path.of(getClass().getResource("/datasets/full").toURI()))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Files.writeString(dir.resolve("partnership.csv"), """
                name,short_name,area,bank_holidays,year_start_month
                Northvale Safeguarding Children Partnership,NSCP,Northvale,england-and-wales,4
                """);
        Files.writeString(dir.resolve("terms.csv"), """
                term,text
                board,Northvale Safeguarding Children Partnership
                scr-subgroup,Learning from Practice group
                audit-subgroup,Quality and Performance group
                business-manager,Partnership business manager
                independent-chair,Independent Scrutineer
                performance-analyst,Partnership performance analyst
                national-panel,Child Safeguarding Practice Review Panel
                serious-case-review,Child Safeguarding Practice Review
                """);
        return dir;
    }

    /** The words a reader of the file sees: every XML part's text, tags taken out. */
    private static String text(Path file) throws IOException {
        StringBuilder b = new StringBuilder();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().endsWith(".xml")) {
                    b.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]+>", " "))
                            .append('\n');
                }
            }
        }
        return b.toString().replace("&amp;", "&").replace("&apos;", "'").replaceAll("\\s+", " ");
    }

    @Test
    void formsOfAWorkingTogether2023PartnershipShowNoneOfThe2018WordsItReplaced() throws Exception {
        List<Path> files = new ArrayList<>();
        try (Database d = Database.open(tmp.resolve("db/qaf.db"))) {
            Ingest.ingest(dataset(), d);
            ReturnsIssue issue = new ReturnsIssue(d, "Northvale Safeguarding Children Partnership",
                    new WorkingDays(BankHolidays.load(Nation.ENGLAND_AND_WALES)), LocalDate.of(2018, 9, 3), "test");
            Path out = tmp.resolve("issued");
            files.addAll(issue.evaluation("MACE-2018-01", out));
            files.addAll(issue.closeTheLoop("MACE-2018-01", out));
            files.addAll(issue.s11("2018", out));
            files.addAll(issue.schools("2018", out));
            files.addAll(issue.singleAgency("2018-19", out));
        }
        assertEquals(13, files.size());
        for (Path f : files) {
            String text = text(f);
            for (String word : WORDS_OF_2018) {
                assertTrue(!text.contains(word), f.getFileName() + " shows \"" + word + "\": " + text);
            }
        }
        String instructions = text(tmp.resolve("issued/MACE-2018-01-POL.xlsx"));
        assertTrue(instructions.contains("send it back to the Partnership business manager."), instructions);
        String appendixE = text(tmp.resolve("issued/single-agency-2018-19-PRB.docx"));
        assertTrue(appendixE.contains("for the Quality and Performance group, and return this form to the"
                + " Partnership business manager."), appendixE);
        assertTrue(appendixE.contains("Message for the Northvale Safeguarding Children Partnership"), appendixE);
        assertTrue(appendixE.contains("How should the Northvale Safeguarding Children Partnership action it?"),
                appendixE);
        assertTrue(text(tmp.resolve("issued/s11-2018-POL.xlsx")).contains("Send the workbook back to the Partnership"
                + " business manager."));
    }
}

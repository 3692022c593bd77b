package qaf.frontpage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.analysis.due.DueItem;
import qaf.analysis.due.DueStatus;
import qaf.calendar.ReportingYear;
import qaf.kind.BuildContext;
import qaf.publish.Manifest;
import qaf.store.ChildQueries;
import qaf.store.Database;

/**
 * The front page of the sample, built as a user builds it: every link resolves to a file the manifest
 * lists, every document and data file is linked, "What is due" holds the whole due list, the page is
 * the same bytes when built again, an incremental build updates it, and no child's name is on it.
 */
class FrontPageTest {
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final Pattern DUE_ROW = Pattern.compile("<tr data-filter=\"[^\"]*\">\\s*<td class=\"status-cell\">"
            + "<span class=\"status ([a-z-]+)\">");

    @TempDir
    static Path dir;

    private static Database db;
    private static Path out;
    private static byte[] boardOnly;
    private static byte[] boardOnlyAgain;
    private static String page;
    private static Manifest manifest;

    @BeforeAll
    static void build() throws IOException {
        db = SampleSite.load(dir);
        out = dir.resolve("output");
        SampleSite.build(db, out, SampleSite.BOARD_KINDS);
        boardOnly = Files.readAllBytes(out.resolve(FrontPage.FILE_NAME));
        SampleSite.build(db, out, SampleSite.BOARD_KINDS);
        boardOnlyAgain = Files.readAllBytes(out.resolve(FrontPage.FILE_NAME));
        // Incremental: only the case kind; the board documents stay in the manifest and on the page.
        SampleSite.build(db, out, SampleSite.CASE_KINDS);
        page = Files.readString(out.resolve(FrontPage.FILE_NAME), StandardCharsets.UTF_8);
        manifest = Manifest.read(out).orElseThrow();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void everyLinkResolvesToAFileTheManifestListsAndEveryListedFileIsLinked() {
        Set<String> listed = new TreeSet<>();
        for (Manifest.Document d : manifest.documents()) {
            listed.add(d.path());
            d.data().forEach(f -> listed.add(f.path()));
        }
        Set<String> linked = new TreeSet<>();
        Set<String> anchors = new TreeSet<>();
        Matcher m = HREF.matcher(page);
        while (m.find()) {
            String href = m.group(1);
            if (href.startsWith("#")) {
                anchors.add(href.substring(1));
                continue;
            }
            String path = URLDecoder.decode(href, StandardCharsets.UTF_8);
            assertTrue(listed.contains(path), "a link to a file the manifest does not list: " + path);
            assertTrue(Files.isRegularFile(out.resolve(path)), "a link to a missing file: " + path);
            linked.add(path);
        }
        assertEquals(listed, linked, "every file the manifest lists is linked");
        for (String anchor : anchors) {
            assertTrue(page.contains("id=\"" + anchor + "\""), "an in-page link to no id: " + anchor);
        }
        assertTrue(manifest.documents().stream().anyMatch(d -> d.kind().equals("chronology")));
        assertTrue(manifest.documents().stream().anyMatch(d -> d.kind().equals("action-tracker")));
    }

    @Test
    void theDueTableHoldsTheWholeDueListOverdueFirst() {
        BuildContext build = BuildContext.load(db, ReportingYear.parse("2018-19", 4), SampleSite.AS_AT);
        List<DueItem> due = FrontPage.dueList(db, build);
        List<String> statuses = DUE_ROW.matcher(page).results().map(r -> r.group(1)).toList();
        assertEquals(due.size(), statuses.size());
        long overdue = due.stream().filter(i -> i.status() == DueStatus.OVERDUE).count();
        assertTrue(overdue > 0);
        assertTrue(statuses.subList(0, (int) overdue).stream().allMatch("status-overdue"::equals));
        assertFalse(statuses.subList((int) overdue, statuses.size()).contains("status-overdue"));
        for (DueItem i : due) {
            if (i.status() == DueStatus.OVERDUE) {
                assertTrue(page.contains(">" + i.ref() + "</th>"), "overdue " + i.ref() + " is on the page");
            }
        }
        // Each line links the board document it is reported in, never a case document.
        assertTrue(page.contains(">Action tracker 2018-19<span"));
        assertTrue(page.contains(">Evaluation overview: MACE-1819-F1<span"));
    }

    @Test
    void theSameDataAndDayGiveTheSameBytes() {
        assertArrayEquals(boardOnly, boardOnlyAgain);
        assertFalse(new String(boardOnly, StandardCharsets.UTF_8).contains("Multi-agency chronologies"));
    }

    @Test
    void anIncrementalBuildUpdatesThePage() {
        assertTrue(page.contains(">Multi-agency chronologies</h3>"));
        assertTrue(page.contains(">Action tracker</h3>"));
        assertTrue(page.contains(">Seven-minute briefings</h3>"));
    }

    @Test
    void caseDocumentsAreMarkedOwnerOnly() {
        int chronologies = (int) manifest.documents().stream().filter(d -> d.kind().equals("chronology")
                && d.format().equals("pdf")).count();
        int marked = page.split("<span class=\"case\">Case: OFFICIAL-SENSITIVE, owner only</span>", -1).length - 1;
        assertEquals(chronologies, marked);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("<p class=\"marking\">OFFICIAL-SENSITIVE</p>"));
    }

    @Test
    void noChildIsNamedOnThePage() {
        String text = page.toLowerCase(Locale.ROOT);
        for (qaf.privacy.ChildIdentity child : ChildQueries.identities(db)) {
            for (String name : List.of(child.givenName(), child.familyName())) {
                assertFalse(Pattern.compile("\\b" + Pattern.quote(name.toLowerCase(Locale.ROOT)) + "\\b",
                        Pattern.UNICODE_CHARACTER_CLASS).matcher(text).find(), "a child's name is on the page");
            }
        }
    }

    @Test
    void withoutJavaScriptEveryRowShowsAndTheFilterBoxIsHidden() {
        assertTrue(page.contains("<div class=\"filter\" id=\"filter-box\" hidden>"));
        assertFalse(page.contains("<tr hidden"));
        assertFalse(Pattern.compile("src=\"(https?:)?//").matcher(page).find(), "nothing is fetched from the network");
        assertFalse(page.contains("http://") || page.contains("https://"));
    }
}

package qaf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.analysis.evaluation.EvaluationTimetable;
import qaf.analysis.programme.EvaluationDates;
import qaf.app.ExitCode;
import qaf.calendar.ReportingYear;
import qaf.kind.BuildContext;
import qaf.publish.Manifest;
import qaf.store.ChildQueries;
import qaf.store.Database;
import qaf.store.EvaluationQueries;
import qaf.testing.CliRun;

/**
 * The privacy screen and the nightly build on the sample, through the command line: the sample's own
 * text gives no hit (false positives: zero); a child's name typed into one public briefing fails that
 * briefing alone, exit 4; a review dated 2031 does not stop {@code qaf build}.
 */
class SampleBuildPrivacyTest {
    @TempDir
    Path dir;

    private Path sample(String name) throws IOException {
        Path to = Files.createDirectories(dir.resolve(name));
        try (Stream<Path> files = Files.list(Path.of("sample-data"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()));
            }
        }
        return to;
    }

    private Path ingest(Path data) {
        Path db = dir.resolve(data.getFileName() + ".db");
        CliRun run = CliRun.of("ingest", data.toString(), "--db", db.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        return db;
    }

    private static JsonNode report(Path out) throws IOException {
        return new ObjectMapper().readTree(Files.readString(out.resolve("build-report.json"), StandardCharsets.UTF_8));
    }

    @Test
    void theSamplesOwnTextGivesTheScreenNoHit() throws IOException {
        Path db = ingest(sample("sample"));
        Path out = dir.resolve("out");
        CliRun build = CliRun.of("build", "--db", db.toString(), "--out", out.toString(), "--quiet");
        assertEquals(ExitCode.OK, build.code(), build.err());
        JsonNode privacy = report(out).get("privacy");
        assertEquals(0, privacy.get("replaced").asInt(), privacy.toString());
        assertEquals(0, privacy.get("refused").asInt(), privacy.toString());
        assertEquals(0, privacy.get("hits").size(), privacy.toString());
        // The sample's due dates that fall on a child's birthday are the records' dates, and say so.
        assertTrue(privacy.get("recordDatesNotCounted").asInt() > 0, privacy.toString());
        CliRun scan = CliRun.of("privacy-scan", out.toString(), "--db", db.toString());
        assertEquals(ExitCode.OK, scan.code(), scan.out() + scan.err());
    }

    /**
     * Found at national scale (one of 150 generated partnerships): a chronology deadline the timetable
     * works out, never stored, fell on a child's birthday, and the public QA programme was refused.
     */
    @Test
    void aChildBornOnATimetableDeadlineDoesNotStopThePublicQaProgramme() throws IOException, SQLException {
        Path db = ingest(sample("deadline"));
        String child = "CH1005";
        LocalDate overviewDue;
        try (Database d = Database.open(db)) {
            BuildContext context = BuildContext.load(d, ReportingYear.parse("2018-19", 4), null);
            // The first overview report the QA programme dates "(timetable)": worked out, never stored.
            overviewDue = EvaluationQueries.year(d, context.year()).stream()
                    .map(e -> EvaluationDates.of(EvaluationTimetable.of(e.evaluation(), context.workingDays()),
                            context.workingDays()).date(EvaluationDates.Column.OVERVIEW))
                    .filter(date -> date.origin() == EvaluationDates.Origin.TIMETABLE)
                    .map(EvaluationDates.Dated::from).findFirst().orElseThrow();
        }
        try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement st = sql.createStatement()) {
            // The sample's agencies returned evaluations that day too: a stored date already exempts it,
            // so those returns are moved a day earlier, leaving the worked-out day alone.
            for (String column : List.of("chronology_submitted_on", "evaluation_submitted_on")) {
                st.executeUpdate("UPDATE agency_evaluations SET " + column + " = date(" + column + ", '-1 day')"
                        + " WHERE " + column + " = '" + overviewDue + "'");
            }
            assertEquals(1, st.executeUpdate("UPDATE children SET date_of_birth = '" + overviewDue + "'"
                    + " WHERE child_ref = '" + child + "'"));
        }
        try (Database d = Database.open(db)) {
            assertFalse(ChildQueries.birthdaysOnRecordDates(d).contains(child),
                    "the day is no stored date: only working it out exempts it");
            assertTrue(BuildContext.birthdaysOnRecordDates(d, ReportingYear.parse("2018-19", 4)).contains(child));
        }
        assertTheQaProgrammeIsPublishedWithTheDayCountedApart(db, child);
    }

    /**
     * Found at national scale (one of 150 generated partnerships, after the deadline above was fixed): a
     * child born on the last day of the reporting year, the day the QA programme is as at, and the
     * public QA programme was refused for printing its own as-at day.
     */
    @Test
    void aChildBornOnTheLastDayOfTheYearDoesNotStopThePublicQaProgramme() throws IOException, SQLException {
        Path db = ingest(sample("year-end"));
        String child = "CH1005";
        String lastDay = ReportingYear.parse("2018-19", 4).end().toString();
        try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement st = sql.createStatement()) {
            // The sample has records dated that day too, which already exempt it: moved a day earlier.
            List<String> tables = new ArrayList<>();
            try (var rows = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT IN ('children', 'cases', 'chronology') AND name NOT LIKE 'flyway%'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            List<String> updates = new ArrayList<>();
            for (String table : tables) {
                try (var info = st.executeQuery("PRAGMA table_info(" + table + ")")) {
                    while (info.next()) {
                        String column = info.getString("name");
                        if (column.endsWith("_on")) {
                            updates.add("UPDATE " + table + " SET " + column + " = date(" + column + ", '-1 day')"
                                    + " WHERE " + column + " = '" + lastDay + "'");
                        }
                    }
                }
            }
            for (String update : updates) {
                st.executeUpdate(update);
            }
            assertEquals(1, st.executeUpdate("UPDATE children SET date_of_birth = '" + lastDay + "'"
                    + " WHERE child_ref = '" + child + "'"));
        }
        try (Database d = Database.open(db)) {
            assertFalse(ChildQueries.birthdaysOnRecordDates(d).contains(child), "no stored record has that day");
        }
        assertTheQaProgrammeIsPublishedWithTheDayCountedApart(db, child);
    }

    /**
     * The public QA programme builds, the build report counts {@code child}'s birthday apart as a record
     * date, {@code qaf privacy-scan} agrees, and {@code --strict} counts it.
     */
    private void assertTheQaProgrammeIsPublishedWithTheDayCountedApart(Path db, String child) throws IOException {
        Path out = dir.resolve("out");

        CliRun build = CliRun.of("build", "--db", db.toString(), "--out", out.toString(), "--kinds", "qa-programme",
                "--quiet");

        assertEquals(ExitCode.OK, build.code(), build.out() + build.err());
        assertTrue(Manifest.read(out).orElseThrow().documents().stream()
                .anyMatch(doc -> doc.path().equals("2018-19/qa-programme/qa-programme-2018-19.pdf")));
        JsonNode privacy = report(out).get("privacy");
        assertEquals(0, privacy.get("refused").asInt(), privacy.toString());
        assertTrue(privacy.get("recordDatesNotCounted").asInt() > 0, privacy.toString());
        assertTrue(privacy.get("recordDateChildren").toString().contains(child), privacy.toString());
        CliRun scan = CliRun.of("privacy-scan", out.toString(), "--db", db.toString());
        assertEquals(ExitCode.OK, scan.code(), scan.out() + scan.err());
        CliRun strict = CliRun.of("privacy-scan", out.toString(), "--db", db.toString(), "--strict");
        assertEquals(ExitCode.PRIVACY_FINDINGS, strict.code(), "--strict counts the day: " + strict.out());
    }

    @Test
    void aPublicBriefingThatNamesAChildFailsAloneWithExit4() throws IOException {
        Path data = sample("named");
        // Ioana Ionescu (CH1003), typed as people type: family name first in capitals, a no-break space.
        Path sections = data.resolve("briefing_sections.csv");
        String text = Files.readString(sections, StandardCharsets.UTF_8);
        String first = "7MB-1819-01,1,Introduction,\"";
        assertTrue(text.contains(first));
        Files.writeString(sections, text.replace(first, first + "IONESCU,\u00A0Ioana was one of the cases. "),
                StandardCharsets.UTF_8);
        Path db = ingest(data);
        Path out = dir.resolve("out");

        CliRun build = CliRun.of("build", "--db", db.toString(), "--out", out.toString(), "--kinds",
                "seven-minute-briefing", "--quiet");

        assertEquals(ExitCode.SOME_DOCUMENTS_FAILED, build.code(), build.out() + build.err());
        Manifest manifest = Manifest.read(out).orElseThrow();
        assertEquals(List.of("7MB-1819-01"), manifest.failures().stream().map(Manifest.Failure::name).distinct()
                .toList());
        assertTrue(manifest.failures().get(0).reason().contains("the privacy screen found 1 child's name"),
                manifest.failures().get(0).reason());
        assertTrue(manifest.documents().stream().noneMatch(d -> d.path().contains("7MB-1819-01")));
        assertTrue(manifest.documents().stream().anyMatch(d -> d.path().contains("7MB-1819-02")),
                "the other briefings are published");
        JsonNode hits = report(out).get("privacy").get("hits");
        assertEquals(1, hits.size(), hits.toString());
        JsonNode hit = hits.get(0);
        assertEquals("refused", hit.get("action").asText());
        assertEquals("7MB-1819-01", hit.get("document").asText());
        assertEquals("full name", hit.get("found").asText());
        assertEquals("[\"CH1003\"]", hit.get("children").toString());
        assertFalse(hit.get("where").asText().isEmpty());
        // The pointer the person correcting it needs: file, row key and column, in the report and the message.
        assertEquals(1, hit.get("sourceCandidates").asInt(), hit.toString());
        assertEquals("[{\"file\":\"briefing_sections.csv\",\"row\":\"briefing_ref=7MB-1819-01, number=1\","
                + "\"column\":\"text\"}]", hit.get("sources").toString());
        String pointer = "from briefing_sections.csv, briefing_ref=7MB-1819-01, number=1, column text";
        assertTrue(manifest.failures().get(0).reason().contains(pointer), manifest.failures().get(0).reason());
        assertTrue(build.err().contains(pointer), build.err());
        String all = Files.readString(out.resolve("build-report.json"), StandardCharsets.UTF_8)
                + Files.readString(out.resolve("manifest.json"), StandardCharsets.UTF_8) + build.out() + build.err();
        assertFalse(all.contains("Ioana") || all.contains("IONESCU") || all.contains("Ionescu"),
                "the report, manifest and log never quote the name");
    }

    @Test
    void aNameTypedIntoAnActionIsReplacedInTheBoardDocumentsAndPointedToByFileRowKeyAndColumn() throws IOException {
        Path data = sample("action");
        // Alfie Bradbury (CH1001), possessive with a curly apostrophe, in the description four actions share.
        Path actions = data.resolve("actions.csv");
        String text = Files.readString(actions, StandardCharsets.UTF_8);
        String typed = "Include fathers and male carers in every assessment;";
        assertTrue(text.contains("ACT-002,evaluation,MACE-1819-F1,CSC," + typed));
        Files.writeString(actions, text.replace(typed, typed + " start with Alfie Bradbury\u2019s father;"),
                StandardCharsets.UTF_8);
        Path db = ingest(data);
        Path out = dir.resolve("out");

        CliRun build = CliRun.of("build", "--db", db.toString(), "--out", out.toString(), "--kinds",
                "action-tracker", "--quiet");

        assertEquals(ExitCode.OK, build.code(), build.out() + build.err());
        JsonNode hits = report(out).get("privacy").get("hits");
        assertTrue(hits.size() > 0, hits.toString());
        List<String> rows = new ArrayList<>();
        for (JsonNode hit : hits) {
            assertEquals("replaced", hit.get("action").asText(), hit.toString());
            assertEquals("[\"CH1001\"]", hit.get("children").toString());
            assertEquals(1, hit.get("sourceCandidates").asInt(), hit.toString());
            JsonNode source = hit.get("sources").get(0);
            assertEquals("actions.csv", source.get("file").asText(), hit.toString());
            assertEquals("description", source.get("column").asText(), hit.toString());
            rows.add(source.get("row").asText());
        }
        // The four actions share the sentence; each table row points to its own action by its ref.
        assertEquals(List.of("action_ref=ACT-002", "action_ref=ACT-008", "action_ref=ACT-015", "action_ref=ACT-024"),
                rows.stream().distinct().sorted().toList());
        String all = Files.readString(out.resolve("build-report.json"), StandardCharsets.UTF_8) + build.out()
                + build.err();
        assertFalse(all.contains("Alfie") || all.contains("Bradbury"), "the report and log never quote the name");
    }

    @Test
    void aReviewDated2031DoesNotStopTheBuild() throws IOException {
        Path data = sample("later");
        Path reviews = data.resolve("reviews.csv");
        String text = Files.readString(reviews, StandardCharsets.UTF_8);
        // The first nine columns (review_ref … decision_on), the rest empty however many the sample has.
        String row = "RR-3132-01,rapid-review,CH1001,,,2031-06-02,2031-06-03,2031-06-04,2031-06-20";
        int columns = text.lines().findFirst().orElseThrow().split(",", -1).length;
        row += ",".repeat(columns - row.split(",", -1).length);
        Files.writeString(reviews, (text.endsWith("\n") ? text : text + "\n") + row + "\n", StandardCharsets.UTF_8);
        Path db = ingest(data);
        Path out = dir.resolve("out");

        CliRun build = CliRun.of("build", "--db", db.toString(), "--out", out.toString(), "--quiet");

        assertEquals(ExitCode.OK, build.code(), build.out() + build.err());
        Manifest manifest = Manifest.read(out).orElseThrow();
        assertEquals("2031-32", manifest.period());
        assertTrue(manifest.failures().isEmpty(), manifest.failures().toString());
        List<String> published = new ArrayList<>();
        manifest.documents().forEach(d -> published.add(d.path()));
        assertFalse(published.isEmpty(), "the build published the 2031-32 documents");
        assertTrue(published.stream().allMatch(p -> p.startsWith("2031-32/")), published.toString());
        assertTrue(published.stream().allMatch(p -> Files.isRegularFile(out.resolve(p))), published.toString());
    }
}

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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.app.ExitCode;
import qaf.publish.Manifest;
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
        String all = Files.readString(out.resolve("build-report.json"), StandardCharsets.UTF_8)
                + Files.readString(out.resolve("manifest.json"), StandardCharsets.UTF_8) + build.out() + build.err();
        assertFalse(all.contains("Ioana") || all.contains("IONESCU") || all.contains("Ionescu"),
                "the report, manifest and log never quote the name");
    }

    @Test
    void aReviewDated2031DoesNotStopTheBuild() throws IOException {
        Path data = sample("later");
        Path reviews = data.resolve("reviews.csv");
        String text = Files.readString(reviews, StandardCharsets.UTF_8);
        Files.writeString(reviews, (text.endsWith("\n") ? text : text + "\n")
                + "RR-3132-01,rapid-review,CH1001,,,2031-06-02,2031-06-03,2031-06-04,2031-06-20,,,,,,,,,\n",
                StandardCharsets.UTF_8);
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

package qaf.boardpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.ingest.Ingest;
import qaf.pipeline.Build;
import qaf.pipeline.BuildProgress;
import qaf.publish.BuildReport;
import qaf.render.Format;
import qaf.render.docx.DocxProjection;
import qaf.store.Database;
import qaf.testing.PdfText;
import qaf.testing.SmallDataset;

/**
 * The board pack's narrative through a whole build of a small dataset: the cover paper in both
 * formats with real headings and lists, a section placed at the contents, a child's name in it
 * replaced by the privacy screen, a section naming no place listed in the report; and a build
 * without the pack leaves the pack's narrative alone.
 */
class BoardPackNarrativeTest {
    private static final String PAPER = """
            ### Purpose

            The board is asked to **note** the evaluation, which heard from Zoë Wiśniewska's school.

            1. First decision sought
            2. Second decision sought
            """;

    @TempDir
    Path dir;

    private Build.Result build(Database db, Path out, boolean pack) throws IOException {
        Build.Options options = new Build.Options(out, "2018-19", Set.of("evaluation-overview"),
                EnumSet.allOf(Format.class), 1, pack, List.of(), false);
        return new Build(db, options, "test", BuildProgress.SILENT, Clock.systemUTC()).run();
    }

    private static void narrative(Path data, String section, String text) throws IOException {
        Path path = data.resolve("narrative/board-pack/board-pack-2018-19").resolve(section + ".md");
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    @Test
    void theCoverPaperIsPlacedScreenedAndReportedInBothFormats() throws IOException {
        Path data = SmallDataset.write(dir.resolve("dataset"));
        narrative(data, "foreword", PAPER);
        narrative(data, "contents", "The overview comes first.\n");
        narrative(data, "no-such-heading", "Lost words.\n");
        Path out = dir.resolve("out");
        Build.Result result;
        try (Database db = Database.open(dir.resolve("qaf.db"))) {
            Ingest.ingest(data, db);
            result = build(db, out, true);
        }
        assertFalse(result.failed(), result.failures().toString());
        String pdf = PdfText.project(Files.readAllBytes(out.resolve("2018-19/board-pack/board-pack-2018-19.pdf")));
        assertInOrder(pdf, "Board pack 2018-19", "Purpose", "The board is asked to note the evaluation",
                "1. First decision sought", "2. Second decision sought", "Contents", "The overview comes first.",
                "Document", "Neglect", "E1 · condensed evaluation");
        String docx = DocxProjection.project(Files.readAllBytes(out.resolve("2018-19/board-pack/board-pack-2018-19.docx")));
        assertInOrder(docx, "= Board pack 2018-19", "\n# Purpose\n", "The board is asked to note the evaluation",
                "- First decision sought", "- Second decision sought", "\n# Contents\n", "The overview comes first.",
                "| Document | Kind | Page |");
        for (String text : List.of(pdf, docx)) {
            assertFalse(text.contains("Wiśniewska") || text.contains("Zoë"), "the privacy screen reads the cover paper");
        }
        assertTrue(result.report().privacy().hits().stream().anyMatch(h -> h.kind().equals(BoardPack.KIND)),
                "the replacement is reported");
        assertEquals(List.of(new BuildReport.Narrative(BoardPack.KIND, "board-pack-2018-19", "no-such-heading",
                BuildReport.Narrative.NO_SUCH_SECTION)), result.report().narrative());
    }

    @Test
    void aBuildWithoutThePackLeavesItsNarrativeAlone() throws IOException {
        Path data = SmallDataset.write(dir.resolve("dataset"));
        narrative(data, "foreword", PAPER);
        try (Database db = Database.open(dir.resolve("qaf.db"))) {
            Ingest.ingest(data, db);
            assertEquals(List.of(), build(db, dir.resolve("out"), false).report().narrative());
        }
    }

    private static void assertInOrder(String text, String... parts) {
        int at = 0;
        for (String part : parts) {
            int next = text.indexOf(part, at);
            assertTrue(next >= at, "'" + part + "' after position " + at + " in:\n" + text);
            at = next + part.length();
        }
    }
}

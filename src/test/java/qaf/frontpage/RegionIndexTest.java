package qaf.frontpage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.app.ExitCode;
import qaf.testing.CliRun;
import qaf.testing.SmallDataset;

/** A region build writes each partnership's front page and a region page that links every one. */
class RegionIndexTest {
    private static final Pattern HREF = Pattern.compile("href=\"([^\"#]+)\"");

    @TempDir
    Path tmp;

    @Test
    void aRegionBuildWritesAPagePerPartnershipAndARegionPageListingThem() throws IOException {
        Path data = tmp.resolve("region-data");
        String[][] partnerships = {{"KV", "Kestrel Vale SCP"}, {"OB", "Ormsby Brook SCP"}};
        for (int i = 0; i < partnerships.length; i++) {
            Path dir = SmallDataset.write(data.resolve(String.format("partnership-%02d", i + 1)));
            Files.writeString(dir.resolve("partnership.csv"), "name,short_name,area,code\n" + partnerships[i][1] + ","
                    + partnerships[i][0] + "," + partnerships[i][1] + "," + partnerships[i][0] + "\n",
                    StandardCharsets.UTF_8);
        }
        Path store = tmp.resolve("region");
        assertEquals(ExitCode.OK, CliRun.of("ingest", data.toString(), "--db", store.toString()).code());
        Path out = tmp.resolve("out");

        // Only OB now: the region page still lists KV, as not built yet.
        CliRun first = CliRun.of("build", "--db", store.toString(), "--out", out.toString(), "--kinds",
                "evaluation-overview", "--partnership", "OB", "--quiet");
        assertEquals(ExitCode.OK, first.code(), first.err());
        String region = Files.readString(out.resolve(FrontPage.FILE_NAME), StandardCharsets.UTF_8);
        assertTrue(region.contains("Kestrel Vale SCP (not built yet)"), region);
        assertEquals(List.of("OB/index.html"), HREF.matcher(region).results().map(m -> m.group(1)).toList());

        CliRun all = CliRun.of("build", "--db", store.toString(), "--out", out.toString(), "--kinds",
                "evaluation-overview", "--quiet");
        assertEquals(ExitCode.OK, all.code(), all.err());
        region = Files.readString(out.resolve(FrontPage.FILE_NAME), StandardCharsets.UTF_8);
        List<String> links = HREF.matcher(region).results().map(m -> m.group(1)).toList();
        assertEquals(List.of("KV/index.html", "OB/index.html"), links);
        for (String link : links) {
            String page = Files.readString(out.resolve(link), StandardCharsets.UTF_8);
            String code = link.substring(0, 2);
            String name = code.equals("KV") ? "Kestrel Vale SCP" : "Ormsby Brook SCP";
            assertTrue(page.contains("<h1>" + name + ": documents and deadlines</h1>"), code);
            assertTrue(page.contains("href=\"2018-19/evaluation-overview/"), code);
        }
    }
}

package qaf.frontpage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import qaf.publish.AtomicFiles;
import qaf.publish.Manifest;
import qaf.store.Database;
import qaf.store.PartnershipQueries;
import qaf.store.RegionStore;

/**
 * A region's {@code <out>/index.html}: every partnership of the region store, in code order, with
 * its own front page ({@code <out>/<CODE>/index.html}) one click away and what its manifest says.
 * Written after the partnerships' builds from the store and the manifests on disk, so it lists a
 * partnership built by an earlier run too, and says so of one not built yet.
 */
public final class RegionIndex {
    /** Public: it holds partnership names and counts, no case or child. */
    public record Model(List<Entry> partnerships, int documents) {
        public Model {
            partnerships = List.copyOf(partnerships);
        }
    }

    /**
     * @param page the partnership's front page, relative to the region's, or null when there is none yet
     * @param period the reporting year of its last build, "" when none
     */
    public record Entry(String code, String name, String page, String period, int documents, int failures) {
    }

    private RegionIndex() {
    }

    public static void write(RegionStore region, Path outputDir, Path nativeLibraries) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (String code : region.codes()) {
            String name;
            try (Database db = Database.open(region.database(code), nativeLibraries)) {
                name = PartnershipQueries.partnership(db).name();
            }
            Path own = outputDir.resolve(code);
            Optional<Manifest> manifest = Manifest.read(own);
            String page = Files.isRegularFile(own.resolve(FrontPage.FILE_NAME))
                    ? FrontPageComposer.href(code + "/" + FrontPage.FILE_NAME) : null;
            entries.add(new Entry(code, name, page, manifest.map(Manifest::period).orElse(""),
                    manifest.map(m -> documents(m)).orElse(0), manifest.map(m -> m.failures().size()).orElse(0)));
        }
        Model model = new Model(entries, entries.stream().mapToInt(Entry::documents).sum());
        AtomicFiles.write(outputDir.resolve(FrontPage.FILE_NAME), false,
                Templates.render("frontpage/region.jte", "region", model));
    }

    /** Documents, not files: a document's PDF and DOCX count once. */
    private static int documents(Manifest m) {
        return (int) m.documents().stream().map(d -> d.path().substring(0, d.path().lastIndexOf('.'))).distinct()
                .count();
    }
}

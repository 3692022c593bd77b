package qaf.frontpage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import qaf.analysis.due.DueItem;
import qaf.analysis.due.DueList;
import qaf.kind.BuildContext;
import qaf.publish.AtomicFiles;
import qaf.publish.Manifest;
import qaf.store.Database;

/**
 * {@code output/index.html}: every document of the manifest by year and kind, and "What is due"
 * as at the build's as-at day. Written by every build (incremental ones too) after the manifest, in
 * one atomic step, from the manifest and the store only: the same data, manifest and day give the
 * same bytes. Board audience: it holds refs and pseudonyms, never a name.
 */
public final class FrontPage {
    public static final String FILE_NAME = "index.html";

    private FrontPage() {
    }

    /** Works out the due list of the build's partnership and writes the page beside the manifest. */
    public static void write(Database db, BuildContext build, Manifest manifest, String version, Path outputDir)
            throws IOException {
        List<DueItem> due = dueList(db, build);
        FrontPageModel page = FrontPageComposer.compose(build.partnershipName(), build.asAt(), "qaf " + version,
                manifest, due, build.workingDays(), build.terms());
        AtomicFiles.write(outputDir.resolve(FILE_NAME), false, Templates.render("frontpage/index.jte", "page", page));
    }

    /** Every clock of the store as at the build's day, overdue first. */
    public static List<DueItem> dueList(Database db, BuildContext build) {
        return DueList.of(DueSources.read(db, build.partnership().yearStartMonth()), build.year(), build.asAt(),
                build.workingDays());
    }
}

package qaf.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import qaf.boardpack.BoardPack;
import qaf.kind.BuildContext;
import qaf.publish.BuildReport;
import qaf.publish.Manifest;
import qaf.publish.Publisher;
import qaf.render.Format;
import qaf.store.Database;

/**
 * Assembles the board pack from what this build published; a failure is recorded like any
 * document's and leaves no file. Its cover (contents by title, the partnership's cover paper from
 * {@code narrative/board-pack/}) is composed here, with the narrative placed and the privacy
 * screen applied as for any board document. Its fingerprint is the documents it holds (path and
 * checksum), its options and the rows its cover read: a pack whose inputs are all unchanged is kept.
 */
final class BoardPackStep {
    private BoardPackStep() {
    }

    static void build(BoardPack pack, Set<Format> formatsAsked, List<String> include, Database db,
            PrivacyScreen screen, NarrativeStep narrative, BuildContext build, Previous previous, Publisher publisher,
            Collector collector, BuildProgress progress) {
        long start = System.nanoTime();
        List<String> formats = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<Manifest.Document> documents = List.copyOf(collector.published);
        boolean allKept = true;
        List<String> coverRefs = null;
        qaf.document.BlockDocument cover = null;
        String coverReads = null;
        for (Format format : Format.values()) {
            if (!formatsAsked.contains(format)) {
                continue;
            }
            try {
                List<Manifest.Document> chosen;
                try (Database.Reads reads = db.recordReads()) {
                    List<qaf.analysis.evaluation.Evaluation> evaluations = qaf.store.EvaluationQueries
                            .year(db, build.year()).stream().map(e -> e.evaluation()).toList();
                    chosen = BoardPack.select(documents, include, format, evaluations);
                    List<String> refs = chosen.stream().map(Manifest.Document::path)
                            .map(p -> p.substring(0, p.lastIndexOf('.'))).toList();
                    // Both formats normally hold the same documents: one cover, placed and screened once.
                    if (!refs.equals(coverRefs)) {
                        cover = screen.screen(BoardPack.KIND, narrative.place(BoardPack.KIND,
                                pack.cover(chosen, evaluations, build.asAt(), build.terms())));
                        coverRefs = refs;
                        coverReads = reads.fingerprint() + "\n" + build.childrenFingerprint();
                    }
                }
                StringBuilder inputs = new StringBuilder(String.join(",", include));
                for (Manifest.Document d : chosen) {
                    inputs.append('\n').append(d.path()).append(' ').append(d.sha256()).append(' ').append(d.title());
                }
                inputs.append('\n').append(pack.partnershipName()).append('\n').append(coverReads);
                String fingerprint = previous.fingerprint(BoardPack.KIND, pack.period(), pack.name(), inputs.toString());
                Manifest.Document same = previous.same(pack.path(format), fingerprint);
                if (same != null && publisher.intact(same)) {
                    collector.published.add(same);
                } else {
                    collector.published.add(pack.publish(cover, chosen, format).withFingerprint(fingerprint));
                    allKept = false;
                }
                formats.add(format.extension());
            } catch (IOException | RuntimeException e) {
                collector.failures.add(new Manifest.Failure(BoardPack.KIND, pack.name(), format.extension(),
                        Build.reason(e)));
                errors.add(format.extension() + ": " + Build.reason(e));
            }
        }
        String status = !errors.isEmpty() ? BuildReport.FAILED : allKept ? BuildReport.SKIPPED : BuildReport.BUILT;
        BuildReport.Entry entry = new BuildReport.Entry(BoardPack.KIND, pack.name(), status, formats,
                (System.nanoTime() - start) / 1_000_000, errors.isEmpty() ? null : String.join("; ", errors));
        collector.entries.add(entry);
        progress.documentDone(entry);
    }
}

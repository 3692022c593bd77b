package qaf.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import qaf.analysis.narrative.NarrativeText;
import qaf.boardpack.BoardPack;
import qaf.compose.Narratives;
import qaf.document.BlockDocument;
import qaf.document.ReportDocument;
import qaf.publish.BuildReport;
import qaf.store.Database;
import qaf.store.ProgrammeQueries;

/**
 * Puts the partnership's own writing ({@code narrative/<kind>/<document>/<section>.md}) into each
 * composed document, after composing and before the privacy screen, so the screen reads it like any
 * other text of the document's audience.
 *
 * <p>A document's narrative is the rows whose kind is the document's kind id and whose document is
 * the document's {@link ReportDocument#name() name} — its output file name without extension, as
 * docs/dataset-format.md says. They are read through the store while the build records the
 * document's reads, so they are part of that document's fingerprint: editing one file re-renders
 * the document it names and no other.
 *
 * <p>Nothing is dropped without a word: a section that names no place, narrative for a document this
 * build did not compose and narrative for a kind that takes none are listed in the build report by
 * kind, document and section — never the text, which may quote a child.
 */
final class NarrativeStep {
    private final Database db;
    /** The kinds this build is responsible for: narrative of other kinds is another build's. */
    private final Set<String> kinds;
    /** Whether every kind is built, so narrative naming a kind that does not exist can be listed. */
    private final boolean allKinds;
    private final boolean boardPack;
    private final Set<String> composed = new HashSet<>();
    private final List<BuildReport.Narrative> unplaced = new ArrayList<>();

    NarrativeStep(Database db, Set<String> kinds, boolean allKinds, boolean boardPack) {
        this.db = db;
        this.kinds = Set.copyOf(kinds);
        this.allKinds = allKinds;
        this.boardPack = boardPack;
    }

    /** The document with its narrative in place; the same document when it has none. */
    <D extends ReportDocument> D place(String kind, D document) {
        // Read even when the kind takes none: the rows belong to the document's fingerprint either way.
        List<NarrativeText> texts = ProgrammeQueries.narrative(db, kind, document.name());
        composed.add(key(kind, document.name()));
        if (texts.isEmpty()) {
            return document;
        }
        if (!(document instanceof BlockDocument blocks)) {
            texts.forEach(t -> unplaced.add(new BuildReport.Narrative(kind, document.name(), t.section(),
                    BuildReport.Narrative.NOT_TAKEN)));
            return document;
        }
        Narratives.Placed placed = Narratives.place(blocks,
                texts.stream().map(t -> new Narratives.Piece(t.section(), t.markdown())).toList());
        placed.unplaced().forEach(s -> unplaced.add(new BuildReport.Narrative(kind, document.name(), s,
                BuildReport.Narrative.NO_SUCH_SECTION)));
        // A BlockDocument is a final record, so D is BlockDocument here.
        @SuppressWarnings("unchecked")
        D result = (D) placed.document();
        return result;
    }

    /**
     * What could not be placed: the sections found while composing, then (in store order) narrative
     * for documents of this build's kinds that were not composed, and the board pack's for a pack
     * this build did not assemble (another year's).
     */
    List<BuildReport.Narrative> report() {
        List<BuildReport.Narrative> all = new ArrayList<>(unplaced);
        for (NarrativeText t : ProgrammeQueries.narratives(db)) {
            if (t.kind().equals(BoardPack.KIND)) {
                // The pack's cover takes its narrative when this build assembles it; otherwise it is not ours.
                if (boardPack && !composed.contains(key(t.kind(), t.document()))) {
                    all.add(new BuildReport.Narrative(t.kind(), t.document(), t.section(),
                            BuildReport.Narrative.NO_SUCH_DOCUMENT));
                }
            } else if ((kinds.contains(t.kind()) || allKinds) && !composed.contains(key(t.kind(), t.document()))) {
                all.add(new BuildReport.Narrative(t.kind(), t.document(), t.section(),
                        BuildReport.Narrative.NO_SUCH_DOCUMENT));
            }
        }
        return all;
    }

    private static String key(String kind, String document) {
        return kind + "\u0000" + document;
    }
}

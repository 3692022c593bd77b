package qaf.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import qaf.document.Block;
import qaf.document.BlockDocument;

/**
 * Places the partnership's own writing in a composed document, where its file name says: the
 * {@code foreword} after the title block, the {@code closing} after the last section, or a section's
 * slug at the start of that section (after its heading). What names no place in the document is
 * returned, so the build can list it: narrative is never silently dropped.
 */
public final class Narratives {
    public static final String FOREWORD = "foreword";
    public static final String CLOSING = "closing";

    private Narratives() {
    }

    /** One narrative file meant for a document: where it goes, and its Markdown. */
    public record Piece(String section, String markdown) {
        public Piece {
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(markdown, "markdown");
        }
    }

    /** The document with its narrative in place, and the sections that matched no place. */
    public record Placed(BlockDocument document, List<String> unplaced) {
        public Placed {
            unplaced = List.copyOf(unplaced);
        }
    }

    public static Placed place(BlockDocument d, List<Piece> pieces) {
        if (pieces.isEmpty()) {
            return new Placed(d, List.of());
        }
        List<Block> body = new ArrayList<>(d.body());
        List<String> unplaced = new ArrayList<>();
        // Sections first, from the last heading up, so earlier insertions do not move later places.
        List<Piece> sections = pieces.stream().filter(p -> !p.section().equals(FOREWORD)
                && !p.section().equals(CLOSING)).toList();
        for (Piece p : sections) {
            int at = -1;
            for (int i = 0; i < body.size(); i++) {
                if (body.get(i) instanceof Block.Heading h && Markdown.slug(h.text()).equals(p.section())) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                unplaced.add(p.section());
                continue;
            }
            Block.Heading heading = (Block.Heading) body.get(at);
            body.addAll(at + 1, Markdown.blocks(p.markdown(), heading.level()));
        }
        for (Piece p : pieces) {
            if (p.section().equals(FOREWORD)) {
                body.addAll(0, Markdown.blocks(p.markdown(), 0));
            } else if (p.section().equals(CLOSING)) {
                body.addAll(Markdown.blocks(p.markdown(), 0));
            }
        }
        return new Placed(new BlockDocument(d.meta(), d.fileName(), d.orientation(), d.asAt(), body), unplaced);
    }
}

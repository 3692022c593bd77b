package qaf.boardpack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import qaf.document.Block;
import qaf.document.BlockDocument;
import qaf.document.DocumentMeta;
import qaf.document.Inline;
import qaf.document.TableLayout;
import qaf.render.RenderContext;
import qaf.render.docx.BlockDocx;
import qaf.render.pdf.BlockPdf;
import qaf.terms.Terms;

/**
 * The board pack's cover paper and contents as a block document, rendered like every other block
 * document in both formats: the title block, the marking, the partnership's own cover paper (its
 * narrative, placed by the build before the privacy screen), then the contents table — each
 * document's title and details, its kind, and the pack page it starts on.
 *
 * <p>The page each document starts on depends on how many pages the cover itself takes, so the PDF
 * cover is rendered again until that count settles.
 */
final class BoardPackCover {
    /** The contents table's name; its last column holds the page numbers. */
    static final String CONTENTS = "contents";
    private static final int MAX_ATTEMPTS = 4;

    /** The rendered PDF cover and the pack page (1-based) each document starts on. */
    record Rendered(byte[] pdf, int pages, List<Integer> startPages) {
    }

    private BoardPackCover() {
    }

    /**
     * The cover with its contents, the page cells still empty: what the narrative is placed into
     * and the privacy screen reads.
     */
    static BlockDocument compose(DocumentMeta meta, String fileName, String asAt,
            List<BoardPackContents.Entry> entries, Terms terms) {
        List<Block> body = new ArrayList<>();
        body.add(Block.Paragraph.of(Inline.strong(meta.marking()
                + ": for members of the partnership board. Do not share beyond the " + terms.word("board", "board")
                + ".")));
        body.add(new Block.Paragraph(entries.size() + (entries.size() == 1 ? " document follows" : " documents follow")
                + ", in the order of the contents. Page numbers are those of this pack, printed at the foot of"
                + " every page."));
        body.add(new Block.Heading(1, "Contents"));
        List<List<Block.Cell>> rows = new ArrayList<>();
        for (BoardPackContents.Entry e : entries) {
            rows.add(List.of(Block.Cell.of(e.cell()), Block.Cell.of(e.kind()), Block.Cell.of("")));
        }
        body.add(new Block.Table(CONTENTS, List.of("Document", "Kind", "Page"), rows, TableLayout.CONTENTS,
                Set.of(2), null));
        return new BlockDocument(meta, fileName, BlockDocument.Orientation.PORTRAIT, asAt, body);
    }

    /** The cover with {@code pages} in the contents' page cells, one per row, in order. */
    static BlockDocument withPages(BlockDocument cover, List<String> pages) {
        List<Block> body = new ArrayList<>();
        boolean found = false;
        for (Block b : cover.body()) {
            if (b instanceof Block.Table t && t.name().equals(CONTENTS)) {
                if (t.rows().size() != pages.size()) {
                    throw new IllegalArgumentException("the contents lists " + t.rows().size() + " documents, the pack "
                            + "holds " + pages.size());
                }
                List<List<Block.Cell>> rows = new ArrayList<>();
                for (int i = 0; i < pages.size(); i++) {
                    List<Block.Cell> row = new ArrayList<>(t.rows().get(i));
                    row.set(row.size() - 1, Block.Cell.of(pages.get(i)));
                    rows.add(row);
                }
                b = new Block.Table(t.name(), t.header(), rows, t.layout(), t.numeric(), null);
                found = true;
            }
            body.add(b);
        }
        if (!found) {
            throw new IllegalStateException("the board pack cover lost its contents table");
        }
        return new BlockDocument(cover.meta(), cover.fileName(), cover.orientation(), cover.asAt(), body);
    }

    /** The PDF cover, with each document's first pack page in the contents. */
    static Rendered pdf(BlockDocument cover, List<Integer> documentPages, RenderContext context) throws IOException {
        int coverPages = 1;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            List<Integer> starts = startPages(coverPages, documentPages);
            BlockDocument filled = withPages(cover, starts.stream().map(String::valueOf).toList());
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
            new BlockPdf().render(filled, context, out);
            byte[] pdf = out.toByteArray();
            int actual = PdfPack.pages(pdf);
            if (actual == coverPages) {
                return new Rendered(pdf, actual, starts);
            }
            coverPages = actual;
        }
        throw new IllegalStateException("the board pack cover's page count did not settle");
    }

    /** The DOCX cover, with {@code pageCells} (field placeholders the pack replaces) in the contents. */
    static byte[] docx(BlockDocument cover, List<String> pageCells, RenderContext context) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        new BlockDocx().render(withPages(cover, pageCells), context, out);
        return out.toByteArray();
    }

    /** The pack page each document starts on, after {@code coverPages} pages of cover. */
    static List<Integer> startPages(int coverPages, List<Integer> documentPages) {
        List<Integer> starts = new ArrayList<>();
        int next = coverPages + 1;
        for (int pages : documentPages) {
            starts.add(next);
            next += pages;
        }
        return starts;
    }
}

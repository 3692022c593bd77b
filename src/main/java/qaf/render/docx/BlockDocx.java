package qaf.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import qaf.document.Block;
import qaf.document.BlockDocument;
import qaf.document.Inline;
import qaf.render.Palette;
import qaf.render.RenderContext;
import qaf.render.Renderer;

/**
 * Every block document as an editable Word document on the house style: the blocks in order. The one
 * DOCX renderer of the block model; toned cells take their shading from the same palette as the PDF.
 */
public final class BlockDocx implements Renderer<BlockDocument> {
    private final HouseStyle houseStyle;
    private final Palette palette;

    public BlockDocx() {
        this(HouseStyle.bundled(), Palette.bundled());
    }

    public BlockDocx(HouseStyle houseStyle, Palette palette) {
        this.houseStyle = houseStyle;
        this.palette = palette;
    }

    @Override
    public void render(BlockDocument d, RenderContext context, OutputStream out) throws IOException {
        DocxDocument doc = DocxDocument.create(d.meta(), context, houseStyle);
        if (d.orientation() == BlockDocument.Orientation.LANDSCAPE) {
            doc.landscape();
        }
        doc.title(d.meta().title());
        if (!d.meta().subtitle().isEmpty()) {
            doc.subtitle(d.meta().subtitle());
        }
        if (!d.asAt().isEmpty()) {
            doc.paragraph(d.asAt());
        }
        for (Block b : d.body()) {
            if (b instanceof Block.Heading h) {
                doc.heading(h.level(), h.text());
            } else if (b instanceof Block.Paragraph p) {
                doc.paragraph(spans(p.inlines()));
            } else if (b instanceof Block.PageBreak) {
                doc.pageBreak();
            } else if (b instanceof Block.Bullets l) {
                doc.list(l.items().stream().map(BlockDocx::spans).toList(), l.numbered());
            } else if (b instanceof Block.Table t) {
                table(doc, t);
            } else if (b instanceof Block.Figure f) {
                doc.figure(f.chart());
            } else {
                throw new IllegalArgumentException("no Word rendering for " + b.getClass().getSimpleName());
            }
        }
        doc.save(out);
    }

    private void table(DocxDocument doc, Block.Table t) {
        List<TableRow> rows = new ArrayList<>();
        for (List<Block.Cell> row : t.rows()) {
            List<String> text = new ArrayList<>();
            List<String> fills = new ArrayList<>();
            List<Boolean> strong = new ArrayList<>();
            for (Block.Cell c : row) {
                text.add(c.text());
                fills.add(c.tone() == null ? null : palette.hex(c.tone()));
                strong.add(c.strong());
            }
            rows.add(new TableRow(text, false, false, fills, strong));
        }
        boolean[] right = new boolean[t.header().size()];
        for (int c = 0; c < right.length; c++) {
            right[c] = t.isNumeric(c);
        }
        doc.table(t.header(), rows, t.layout().weights(), right);
    }

    static List<Span> spans(List<Inline> inlines) {
        return inlines.stream().map(i -> new Span(i.text(), switch (i.emphasis()) {
            case NONE -> Span.Emphasis.NONE;
            case STRONG -> Span.Emphasis.STRONG;
            case EMPHASIS -> Span.Emphasis.EMPHASIS;
        }, i.href())).toList();
    }
}

package qaf.render.docx;

import qaf.document.BlockDocument;

import qaf.document.Block;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import qaf.render.RenderContext;
import qaf.render.Renderer;
import qaf.render.docx.DocxDocument;
import qaf.render.docx.HouseStyle;
import qaf.render.docx.TableRow;

/** An audit overview as an editable Word document on the house style: the blocks in order. */
public final class BlockDocx implements Renderer<BlockDocument> {
    private final HouseStyle houseStyle;

    public BlockDocx() {
        this(HouseStyle.bundled());
    }

    public BlockDocx(HouseStyle houseStyle) {
        this.houseStyle = houseStyle;
    }

    @Override
    public void render(BlockDocument d, RenderContext context, OutputStream out) throws IOException {
        DocxDocument doc = DocxDocument.create(d.meta(), context, houseStyle);
        doc.title(d.meta().title());
        if (!d.meta().subtitle().isEmpty()) {
            doc.subtitle(d.meta().subtitle());
        }
        doc.paragraph(d.asAt());
        for (Block b : d.body()) {
            if (b instanceof Block.Heading h) {
                doc.heading(h.level(), h.text());
            } else if (b instanceof Block.Paragraph p) {
                doc.paragraph(p.text());
            } else if (b instanceof Block.PageBreak) {
                doc.pageBreak();
            } else if (b instanceof Block.Bullets l) {
                doc.bulletList(l.items());
            } else if (b instanceof Block.Table t) {
                doc.table(t.data().header(), t.data().rows().stream().map(TableRow::of).toList(),
                        Arrays.copyOf(t.layout().widths(), t.layout().columns()));
            } else if (b instanceof Block.Chart c) {
                doc.figure(c.figure());
            }
        }
        doc.save(out);
    }
}

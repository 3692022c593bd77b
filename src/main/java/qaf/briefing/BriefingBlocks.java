package qaf.briefing;

import java.util.ArrayList;
import java.util.List;
import qaf.briefing.SevenMinuteBriefing.Findings;
import qaf.briefing.SevenMinuteBriefing.Panel;
import qaf.document.Block;
import qaf.document.BlockDocument;
import qaf.document.DocumentMeta;
import qaf.document.Inline;
import qaf.render.Renderer;
import qaf.render.docx.BlockDocx;

/**
 * The "text-only version" partnerships publish beside the designed briefing, as blocks: linear and
 * accessible, a level-1 heading per section in order, each paragraph of a section its own
 * paragraph, then what the evaluation found and any notes. Nothing is laid out in columns or boxes,
 * so it is rendered by the one block DOCX renderer; the words are the briefing's own, as the
 * designed PDF ({@link BriefingPdf}) shows them.
 */
public final class BriefingBlocks {
    static final String TEXT_ONLY = " (text-only version)";
    static final String INTRODUCTION = "Seven short sections for a team leader to read with a team in seven minutes.";

    private BriefingBlocks() {
    }

    public static BlockDocument compose(SevenMinuteBriefing b) {
        DocumentMeta m = b.meta();
        DocumentMeta meta = new DocumentMeta(m.kind(), m.partnershipName(), m.title(), b.kicker() + TEXT_ONLY,
                m.audience(), m.refs());
        List<Block> body = new ArrayList<>();
        body.add(new Block.Paragraph(b.sourceLine()));
        body.add(new Block.Paragraph(b.publishedLine()));
        body.add(new Block.Paragraph(INTRODUCTION));
        for (Panel p : b.panels()) {
            body.add(new Block.Heading(1, p.number() + ". " + p.heading()));
            if (p.placeholder()) {
                body.add(Block.Paragraph.of(Inline.emphasis(p.text())));
                continue;
            }
            for (String paragraph : p.text().split("\\n")) {
                if (!paragraph.isBlank()) {
                    body.add(new Block.Paragraph(paragraph.strip()));
                }
            }
        }
        Findings f = b.findings();
        if (f != null) {
            body.add(new Block.Heading(1, Findings.HEADING));
            f.statements().forEach(s -> body.add(new Block.Paragraph(s)));
            if (!f.themeItems().isEmpty()) {
                body.add(new Block.Bullets(f.themeItems()));
            }
        }
        if (!b.notes().isEmpty()) {
            body.add(new Block.Heading(1, "Notes"));
            body.add(new Block.Bullets(b.notes()));
        }
        return new BlockDocument(meta, b.name(), "", body);
    }

    /** The text-only version as an editable Word document on the house style. */
    static Renderer<SevenMinuteBriefing> docx() {
        BlockDocx blocks = new BlockDocx();
        return (b, context, out) -> blocks.render(compose(b), context, out);
    }
}

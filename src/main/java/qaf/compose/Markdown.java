package qaf.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import qaf.document.Block;
import qaf.document.Inline;

/**
 * The partnership's own writing (CommonMark, parsed by the commonmark library, never by hand) as
 * blocks that take the document's own styles: paragraphs with emphasis and links, bulleted and
 * numbered lists, and headings placed under the section the text belongs to. The text is data:
 * raw HTML in it is shown as the characters typed, never interpreted.
 */
public final class Markdown {
    private static final Parser PARSER = Parser.builder().build();

    private Markdown() {
    }

    /**
     * @param context the level of the heading the text sits under (0 at the top of the document):
     *     the text's shallowest heading becomes one level below it, deeper ones keep their distance,
     *     and none goes below level 3
     */
    public static List<Block> blocks(String markdown, int context) {
        Node document = PARSER.parse(markdown);
        int shallowest = 7;
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                shallowest = Math.min(shallowest, h.getLevel());
            }
        }
        List<Block> blocks = new ArrayList<>();
        int last = context;
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                // Levels go down one step at a time (an accessibility rule), whatever the text skips.
                int level = Math.min(3, Math.min(context + 1 + h.getLevel() - shallowest, last + 1));
                blocks.add(new Block.Heading(Math.max(1, level), plain(inlines(h))));
                last = level;
            } else {
                block(n, blocks);
            }
        }
        return blocks;
    }

    /** A heading's slug, as narrative file names give it: lower case, words joined by "-", accents kept off. */
    public static String slug(String heading) {
        String folded = java.text.Normalizer.normalize(heading, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }

    private static void block(Node n, List<Block> blocks) {
        if (n instanceof Paragraph) {
            List<Inline> inlines = inlines(n);
            if (!inlines.isEmpty()) {
                blocks.add(new Block.Paragraph(inlines));
            }
        } else if (n instanceof BulletList || n instanceof OrderedList) {
            List<List<Inline>> items = new ArrayList<>();
            for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    items.add(item(item));
                }
            }
            if (!items.isEmpty()) {
                blocks.add(new Block.Bullets(items, n instanceof OrderedList));
            }
        } else if (n instanceof BlockQuote) {
            for (Node child = n.getFirstChild(); child != null; child = child.getNext()) {
                block(child, blocks);
            }
        } else if (n instanceof FencedCodeBlock code) {
            blocks.add(new Block.Paragraph(stripEnd(code.getLiteral())));
        } else if (n instanceof IndentedCodeBlock code) {
            blocks.add(new Block.Paragraph(stripEnd(code.getLiteral())));
        } else if (n instanceof HtmlBlock html) {
            blocks.add(new Block.Paragraph(stripEnd(html.getLiteral())));
        } else if (!(n instanceof ThematicBreak)) {
            List<Inline> inlines = inlines(n);
            if (!inlines.isEmpty()) {
                blocks.add(new Block.Paragraph(inlines));
            }
        }
    }

    /** A list item's text: its paragraphs one per line, a nested list's items after a dash. */
    private static List<Inline> item(Node item) {
        List<Inline> out = new ArrayList<>();
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof BulletList || child instanceof OrderedList) {
                for (Node nested = child.getFirstChild(); nested != null; nested = nested.getNext()) {
                    out.add(Inline.plain("\n\u2013 "));
                    out.addAll(item(nested));
                }
            } else {
                if (!out.isEmpty()) {
                    out.add(Inline.plain("\n"));
                }
                out.addAll(inlines(child));
            }
        }
        return out;
    }

    private static List<Inline> inlines(Node parent) {
        List<Inline> out = new ArrayList<>();
        collect(parent, Inline.Emphasis.NONE, null, out);
        return merge(out);
    }

    private static void collect(Node parent, Inline.Emphasis emphasis, String href, List<Inline> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                out.add(new Inline(t.getLiteral(), emphasis, href));
            } else if (n instanceof Code c) {
                out.add(new Inline(c.getLiteral(), emphasis, href));
            } else if (n instanceof HtmlInline h) {
                out.add(new Inline(h.getLiteral(), emphasis, href));
            } else if (n instanceof SoftLineBreak) {
                out.add(new Inline(" ", emphasis, href));
            } else if (n instanceof HardLineBreak) {
                out.add(new Inline("\n", emphasis, href));
            } else if (n instanceof StrongEmphasis) {
                collect(n, Inline.Emphasis.STRONG, href, out);
            } else if (n instanceof Emphasis) {
                collect(n, emphasis == Inline.Emphasis.STRONG ? emphasis : Inline.Emphasis.EMPHASIS, href, out);
            } else if (n instanceof Link link) {
                String target = link.getDestination();
                boolean usable = target != null && target.matches("(?i)(https?://|mailto:)\\S+");
                collect(n, emphasis, usable ? target : href, out);
            } else if (n instanceof Image image) {
                // A picture cannot be carried into the documents: its description stands in for it.
                List<Inline> alt = new ArrayList<>();
                collect(image, emphasis, href, alt);
                out.add(new Inline("[picture: " + plain(alt) + "]", emphasis, href));
            } else {
                collect(n, emphasis, href, out);
            }
        }
    }

    /** Neighbouring runs of the same emphasis and link are one run. */
    private static List<Inline> merge(List<Inline> runs) {
        List<Inline> out = new ArrayList<>();
        for (Inline r : runs) {
            Inline last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.emphasis() == r.emphasis() && java.util.Objects.equals(last.href(), r.href())) {
                out.set(out.size() - 1, last.withText(last.text() + r.text()));
            } else if (!r.text().isEmpty()) {
                out.add(r);
            }
        }
        return out;
    }

    private static String plain(List<Inline> inlines) {
        StringBuilder b = new StringBuilder();
        inlines.forEach(i -> b.append(i.text()));
        return b.toString().strip();
    }

    private static String stripEnd(String s) {
        return s.replaceAll("\\s+$", "");
    }
}

package qaf.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A document as blocks: the title block (title, subtitle and the sentence that dates its statuses)
 * and the body, already worded and audience-checked by its composer. Format-free: one PDF renderer
 * and one DOCX renderer serve every kind that composes it.
 *
 * @param fileName the document's file name without extension, built from refs
 * @param orientation landscape for documents whose tables need the width (a grade matrix)
 * @param asAt the sentence under the title that dates the statuses, e.g. "Statuses as at 31 March 2019"
 * @param body in reading order
 */
public record BlockDocument(DocumentMeta meta, String fileName, Orientation orientation, String asAt,
        List<Block> body) implements ReportDocument {

    /** Which way round the pages are; both formats follow it. */
    public enum Orientation { PORTRAIT, LANDSCAPE }

    public BlockDocument {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(orientation, "orientation");
        Objects.requireNonNull(asAt, "asAt");
        body = List.copyOf(body);
        int level = 0;
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof Block.Heading h) {
                if (h.level() > level + 1) {
                    throw new IllegalArgumentException("block " + i + ": a level " + h.level()
                            + " heading after level " + level + " skips a level (an accessibility rule)");
                }
                level = h.level();
            }
        }
    }

    /** A portrait document. */
    public BlockDocument(DocumentMeta meta, String fileName, String asAt, List<Block> body) {
        this(meta, fileName, Orientation.PORTRAIT, asAt, body);
    }

    @Override
    public String name() {
        return ReportDocument.safeName(fileName);
    }

    /**
     * Every table and every chart series, in reading order; tables of one name are published once
     * (the first), so a series also shown as a table, or a table split over pages, is one CSV.
     */
    @Override
    public List<DataTable> dataTables() {
        List<DataTable> tables = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Block b : body) {
            DataTable t = null;
            if (b instanceof Block.Table table) {
                t = table.data();
            } else if (b instanceof Block.Figure figure) {
                t = figure.series();
            }
            if (t != null && names.add(t.name())) {
                tables.add(t);
            }
        }
        return tables;
    }

    /** The same document with every string it shows, metadata included, passed through {@code f}. */
    public BlockDocument mapText(UnaryOperator<String> f) {
        return new BlockDocument(meta.mapText(f), fileName, orientation, f.apply(asAt), Block.mapText(body, f));
    }
}

package qaf.document;

import qaf.document.Block;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import qaf.document.DataTable;
import qaf.document.DocumentMeta;
import qaf.document.ReportDocument;

/**
 * A board overview of one audit cycle (Section 11 or schools): the title block and the body as
 * blocks, already worded and audience-checked by its composer. Format-free.
 *
 * @param fileName the document's file name without extension, built from the cycle ref
 * @param asAt the sentence under the title that dates the statuses, e.g. "Statuses as at 31 March 2019"
 * @param body in reading order
 */
public record BlockDocument(DocumentMeta meta, String fileName, String asAt, List<Block> body)
        implements ReportDocument {
    public BlockDocument {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(asAt, "asAt");
        body = List.copyOf(body);
    }

    @Override
    public String name() {
        return ReportDocument.safeName(fileName);
    }

    /** Every table and every chart series, in reading order; a series also shown as a table is published once. */
    @Override
    public List<DataTable> dataTables() {
        List<DataTable> tables = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Block b : body) {
            DataTable t = null;
            if (b instanceof Block.Table table) {
                t = table.data();
            } else if (b instanceof Block.Chart chart) {
                t = chart.series();
            }
            if (t != null && !names.contains(t.name())) {
                names.add(t.name());
                tables.add(t);
            }
        }
        return tables;
    }
}

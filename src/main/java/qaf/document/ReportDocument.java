package qaf.document;



import java.util.List;

/** What the pipeline needs of any document model, whatever its kind. */
public interface ReportDocument {
    DocumentMeta meta();

    /**
     * The file name without extension, built from refs and never from a person's name; unique
     * within the document's kind and period.
     */
    String name();

    /** Every table and chart series the document shows, published as CSV beside it. */
    List<DataTable> dataTables();

    /** Makes a ref safe as a file name part: letters, digits, dot, dash and underscore only. */
    static String safeName(String ref) {
        String s = ref.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
    }
}

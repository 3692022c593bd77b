package qaf.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dataset's free-text columns, read from the ingest's own format table so that a text column
 * added to the contract is screened by the privacy tests without anyone listing it. children.csv
 * is left out: it is what identifies the children, not text about them.
 */
public final class FreeTextColumns {
    private FreeTextColumns() {
    }

    /** File name → its free-text columns, in the contract's order. */
    public static Map<String, List<String>> byFile() {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (FileSpec file : DatasetFormat.FILES) {
            if (file.fileName().equals("children.csv")) {
                continue;
            }
            List<String> text = file.fields().stream().filter(f -> f.kind() == Field.Kind.TEXT).map(Field::name).toList();
            if (!text.isEmpty()) {
                columns.put(file.fileName(), text);
            }
        }
        return columns;
    }
}

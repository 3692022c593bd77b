package qaf.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import qaf.privacy.ChildMatcher;
import qaf.privacy.SourceCells;
import qaf.store.Database;
import qaf.store.Table;
import qaf.store.TextQueries;

/**
 * The dataset's free-text columns, read from the ingest's own format table so that a text column
 * added to the contract is screened — by the privacy tests, and by the build when it points a hit
 * back to the cell it was typed into — without anyone listing it. children.csv is left out: it is
 * what identifies the children, not text about them.
 */
public final class FreeTextColumns {
    private FreeTextColumns() {
    }

    /** File name → its free-text columns, in the contract's order. */
    public static Map<String, List<String>> byFile() {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (FileSpec file : DatasetFormat.FILES) {
            if (DatasetFormat.isPersonal(file)) {
                continue;
            }
            List<String> text = file.fields().stream().filter(f -> f.kind() == Field.Kind.TEXT).map(Field::name).toList();
            if (!text.isEmpty()) {
                columns.put(file.fileName(), text);
            }
        }
        return columns;
    }

    /**
     * Every free-text cell of the store, and each narrative file, screened by {@code matcher}: where
     * each child's name or date of birth was typed, by file, row key and column (see
     * {@link SourceCells}). Keys are named as the files name them ({@code case_ref}), columns too.
     */
    public static SourceCells screen(Database db, ChildMatcher matcher) {
        SourceCells cells = new SourceCells(matcher);
        for (FileSpec file : DatasetFormat.FILES) {
            if (DatasetFormat.isPersonal(file)) {
                continue;
            }
            List<Field> text = file.fields().stream().filter(f -> f.kind() == Field.Kind.TEXT).toList();
            if (text.isEmpty()) {
                continue;
            }
            List<String> keyNames = file.table().keyColumns().stream()
                    .map(c -> file.fieldFor(c).map(Field::name).orElse(c)).toList();
            for (TextQueries.Row row : TextQueries.rows(db, file.table(), text.stream().map(Field::dbColumn).toList())) {
                for (int i = 0; i < text.size(); i++) {
                    String value = row.text().get(i);
                    if (value != null && !value.isEmpty()) {
                        cells.add(file.fileName(), keyNames, row.key(), text.get(i).name(), value);
                    }
                }
            }
        }
        // A narrative file is its own row: narrative/<kind>/<document>/<section>.md.
        for (TextQueries.Row row : TextQueries.rows(db, Table.NARRATIVE, List.of("markdown"))) {
            List<String> key = row.key();
            String path = NarrativeFiles.FOLDER + "/" + String.join("/", key.stream()
                    .map(part -> matcher.identifies(part) ? SourceCells.Cell.WITHHELD : part).toList()) + ".md";
            cells.add(path, List.of(), List.of(), "", row.text().get(0));
        }
        return cells;
    }
}

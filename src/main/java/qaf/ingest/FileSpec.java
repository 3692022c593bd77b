package qaf.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import qaf.store.Table;

/**
 * One dataset file: its name, the table it fills and its columns.
 *
 * @param constants table columns with a fixed value that no CSV column supplies
 */
record FileSpec(String fileName, Table table, List<Field> fields, Map<String, Object> constants) {

    FileSpec {
        fields = List.copyOf(fields);
        constants = Map.copyOf(constants);
    }

    Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The CSV column that fills a table column, if any. */
    Optional<Field> fieldFor(String dbColumn) {
        return fields.stream().filter(f -> f.dbColumn().equals(dbColumn)).findFirst();
    }
}

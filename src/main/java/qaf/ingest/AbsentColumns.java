package qaf.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import qaf.store.StoreTransaction;
import qaf.store.Table;

/**
 * A file may leave out optional columns. For a row already stored, a left-out column keeps its
 * stored value: an ingest never deletes, and a partial export (say a chronology without the impact
 * column) must not wipe what an earlier, fuller one recorded. A blank cell in a column that is
 * present does clear the value. Runs before the dataset checks, so they see the rows as they will
 * be stored.
 */
final class AbsentColumns {
    private AbsentColumns() {
    }

    static void fillFromStore(List<ParsedFile> files, StoreTransaction tx) {
        for (ParsedFile file : files) {
            Table table = file.spec().table();
            List<Integer> absent = new ArrayList<>();
            for (Field f : file.spec().fields()) {
                if (file.position(f.name()) == 0) {
                    absent.add(table.indexOf(f.dbColumn()));
                }
            }
            if (absent.isEmpty()) {
                continue;
            }
            for (ParsedFile.Row row : file.rows()) {
                List<Object> key = new ArrayList<>();
                for (String k : table.keyColumns()) {
                    key.add(row.values()[table.indexOf(k)]);
                }
                if (key.contains(null)) {
                    continue;
                }
                Optional<List<Object>> stored = tx.find(table, key);
                if (stored.isPresent()) {
                    for (int column : absent) {
                        row.values()[column] = stored.get().get(column);
                    }
                }
            }
        }
    }
}

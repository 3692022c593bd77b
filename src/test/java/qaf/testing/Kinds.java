package qaf.testing;

import java.util.List;
import qaf.calendar.ReportingYear;
import qaf.document.ReportDocument;
import qaf.kind.BuildContext;
import qaf.kind.DocumentKey;
import qaf.kind.DocumentKind;
import qaf.store.Database;

/** Tests' way into a kind: its documents by key label, as the build would list and compose them. */
public final class Kinds {
    private Kinds() {
    }

    /** The build context of {@code year}, statuses as at its last day. */
    public static BuildContext context(Database db, ReportingYear year) {
        return BuildContext.load(db, year, null);
    }

    /** The labels of the kind's keys for the year, in order. */
    public static List<String> labels(DocumentKind<?, ?> kind, Database db, ReportingYear year) {
        return kind.keys(db, context(db, year)).stream().map(DocumentKey::label).toList();
    }

    /** The document whose key has this label. */
    public static <K extends DocumentKey, D extends ReportDocument> D compose(DocumentKind<K, D> kind, Database db,
            ReportingYear year, String label) {
        BuildContext context = context(db, year);
        K key = kind.keys(db, context).stream().filter(k -> k.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(kind.id() + " has no document " + label + " in " + year.label()));
        return kind.compose(db, context, key);
    }
}

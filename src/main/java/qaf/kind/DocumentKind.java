package qaf.kind;

import java.util.List;
import qaf.document.ReportDocument;
import qaf.render.Format;
import qaf.render.Renderer;
import qaf.store.Database;

/**
 * One kind of the catalogue: which documents of it a build has, how one is composed, and how it is
 * rendered in each format. Composing takes a key so that one document's failure never stops the
 * others. A kind reads the store and the analysis; it never calls another kind.
 */
public interface DocumentKind<K extends DocumentKey, D extends ReportDocument> {
    /** The catalogue id, e.g. {@code chronology}; also the output folder name. */
    String id();

    /** The keys of the documents of this kind in the build, in a stable order. */
    List<K> keys(Database db, BuildContext context);

    D compose(Database db, BuildContext context, K key);

    Renderer<D> renderer(Format format);
}

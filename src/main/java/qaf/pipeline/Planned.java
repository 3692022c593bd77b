package qaf.pipeline;

import java.util.ArrayList;
import java.util.List;
import qaf.document.ReportDocument;
import qaf.kind.BuildContext;
import qaf.kind.DocumentKey;
import qaf.kind.DocumentKind;
import qaf.publish.BuildReport;
import qaf.publish.Manifest;
import qaf.store.Database;

/** A kind and the keys of its documents this year, listed up front so progress has a total. */
record Planned<K extends DocumentKey, D extends ReportDocument>(DocumentKind<K, D> kind, List<K> keys) {

    /** The name a failure carries when a kind could not list its documents. */
    static final String UNLISTED = "(the kind's documents could not be listed)";

    /**
     * Every kind's keys. A kind that cannot even list its documents (its data out of any range it can
     * handle) fails alone, as one failure of the kind; the other kinds still build.
     */
    static List<Planned<?, ?>> plan(List<DocumentKind<?, ?>> kinds, Database db, BuildContext build,
            Collector collector) {
        List<Planned<?, ?>> plan = new ArrayList<>();
        for (DocumentKind<?, ?> kind : kinds) {
            try {
                plan.add(planned(kind, db, build));
            } catch (RuntimeException e) {
                collector.failures.add(new Manifest.Failure(kind.id(), UNLISTED, "all", Build.reason(e)));
                collector.entries.add(new BuildReport.Entry(kind.id(), UNLISTED, BuildReport.FAILED, List.of(), 0,
                        "all: " + Build.reason(e)));
            }
        }
        return plan;
    }

    private static <K extends DocumentKey, D extends ReportDocument> Planned<K, D> planned(DocumentKind<K, D> kind,
            Database db, BuildContext build) {
        return new Planned<>(kind, List.copyOf(kind.keys(db, build)));
    }
}

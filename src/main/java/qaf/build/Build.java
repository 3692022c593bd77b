package qaf.build;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import qaf.calendar.ReportingYear;
import qaf.publish.Manifest;
import qaf.publish.Publisher;
import qaf.render.Format;
import qaf.render.RenderContext;
import qaf.report.ReportDocument;
import qaf.store.Database;
import qaf.store.PartnershipQueries;

/**
 * The build: open store → for each document: compose → render each format → publish → write the
 * manifest. One document's failure is recorded and the others still build.
 */
public final class Build {

    /**
     * @param year a reporting year label such as "2018-19", or null for the latest year with data
     * @param kinds the kinds to build, empty for all
     * @param formats the formats to render, never empty
     */
    public record Options(Path outputDir, String year, Set<String> kinds, Set<Format> formats) {
        public Options {
            kinds = Set.copyOf(kinds);
            formats = Set.copyOf(formats);
            if (formats.isEmpty()) {
                throw new IllegalArgumentException("choose at least one format: pdf, docx");
            }
        }
    }

    /** What happened; the exit code follows from the failures. */
    public record Result(ReportingYear year, int published, List<Manifest.Failure> failures) {
        public boolean failed() {
            return !failures.isEmpty();
        }
    }

    private final Database db;
    private final List<DocumentKind<?>> kinds;
    private final Options options;
    private final String version;
    private final PrintWriter log;

    /** Builds the catalogue's kinds named in the options. */
    public Build(Database db, Options options, String version, PrintWriter log) {
        this(db, DocumentKinds.select(options.kinds()), options, version, log);
    }

    /** Builds the given kinds; tests pass their own to prove the failure policy. */
    Build(Database db, List<DocumentKind<?>> kinds, Options options, String version, PrintWriter log) {
        this.db = db;
        this.kinds = List.copyOf(kinds);
        this.options = options;
        this.version = version;
        this.log = log;
    }

    public Result run() throws IOException {
        PartnershipQueries.Partnership partnership = PartnershipQueries.partnership(db);
        ReportingYear year = options.year() == null
                ? PartnershipQueries.latestYear(db, partnership.yearStartMonth())
                : ReportingYear.parse(options.year(), partnership.yearStartMonth());
        // The document date comes from the data, never the wall clock: same database, same bytes.
        RenderContext context = new RenderContext(year.end().atStartOfDay(ZoneOffset.UTC).toInstant(), "qaf " + version);
        Publisher publisher = new Publisher(options.outputDir());
        List<Manifest.Document> published = new ArrayList<>();
        List<Manifest.Failure> failures = new ArrayList<>();
        for (DocumentKind<?> kind : kinds) {
            buildKind(kind, year, context, publisher, published, failures);
        }
        new Manifest("qaf", version, PartnershipQueries.fingerprint(db), year.label(), published, failures)
                .writeTo(options.outputDir());
        return new Result(year, published.size(), failures);
    }

    private <D extends ReportDocument> void buildKind(DocumentKind<D> kind, ReportingYear year, RenderContext context,
            Publisher publisher, List<Manifest.Document> published, List<Manifest.Failure> failures) {
        for (String key : kind.keys(db, year)) {
            D document;
            List<Manifest.DataFile> data;
            try {
                document = kind.compose(db, year, key);
                data = publisher.publishData(year.label(), document);
            } catch (IOException | RuntimeException e) {
                failures.add(new Manifest.Failure(kind.id(), key, "all", reason(e)));
                log.println("FAILED " + kind.id() + " " + key + ": " + reason(e));
                continue;
            }
            List<String> formats = new ArrayList<>();
            for (Format format : Format.values()) {
                if (!options.formats().contains(format)) {
                    continue;
                }
                try {
                    Manifest.Document entry = publisher.publish(year.label(), document, format,
                            kind.renderer(format), context);
                    published.add(withData(entry, data));
                    formats.add(format.extension());
                } catch (IOException | RuntimeException e) {
                    failures.add(new Manifest.Failure(kind.id(), document.name(), format.extension(), reason(e)));
                    log.println("FAILED " + kind.id() + "/" + document.name() + " (" + format.extension() + "): "
                            + reason(e));
                }
            }
            if (!formats.isEmpty()) {
                log.println("built " + kind.id() + "/" + document.name() + " (" + String.join(", ", formats) + ")");
            }
        }
    }

    private static Manifest.Document withData(Manifest.Document d, List<Manifest.DataFile> data) {
        return new Manifest.Document(d.kind(), d.title(), d.audience(), d.format(), d.path(), d.sha256(), d.bytes(),
                d.pages(), d.refs(), data);
    }

    /**
     * The failure as the manifest and log show it. Only the exception's type and qaf's own message:
     * a library's message may quote document text, and logs never hold personal data.
     */
    static String reason(Throwable e) {
        String type = e.getClass().getSimpleName();
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length == 0) {
            return type;
        }
        String where = trace[0].getClassName();
        return where.startsWith("qaf.") && e.getMessage() != null
                ? type + ": " + e.getMessage()
                : type + " in " + where;
    }
}

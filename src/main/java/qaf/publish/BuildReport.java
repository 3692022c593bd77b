package qaf.publish;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code output/build-report.json}: how the last build went, for monitoring — each document built,
 * skipped as unchanged or failed, how long it took and why it failed. It is kept out of the manifest on purpose: durations and
 * the start time differ on every run, and the manifest must stay byte-identical for the same data so
 * that a changed manifest always means changed documents. Written after the manifest; a build killed
 * before that leaves the previous report, which then describes the previous manifest's build.
 *
 * @param startedAt when the build started (ISO-8601, UTC)
 * @param durationMs the build's wall time
 * @param documents in build order: kind by kind, keys in each kind's order
 * @param privacy what the privacy screen found in board and public documents
 * @param narrative the partnership's writing this build could not place, in build order
 */
public record BuildReport(
        String tool, String version, String period, String startedAt, long durationMs, int built, int skipped,
        int failed, List<Entry> documents, Privacy privacy, List<Narrative> narrative) {
    public static final String FILE_NAME = "build-report.json";

    public BuildReport {
        documents = List.copyOf(documents);
        privacy = privacy == null ? new Privacy(List.of(), 0, List.of(), 0, 0) : privacy;
        narrative = narrative == null ? List.of() : List.copyOf(narrative);
    }

    /** A report with nothing unplaced. */
    public BuildReport(String tool, String version, String period, String startedAt, long durationMs, int built,
            int skipped, int failed, List<Entry> documents, Privacy privacy) {
        this(tool, version, period, startedAt, durationMs, built, skipped, failed, documents, privacy, List.of());
    }

    /** The same report listing {@code value} as the narrative it could not place. */
    public BuildReport withNarrative(List<Narrative> value) {
        return new BuildReport(tool, version, period, startedAt, durationMs, built, skipped, failed, documents,
                privacy, value);
    }

    /**
     * One narrative file the build could not place: where it was meant to go and why — never its text.
     *
     * @param document the document name its folder gives (the output name without extension)
     * @param section its file name without {@code .md}
     * @param reason {@value #NO_SUCH_SECTION}, {@value #NO_SUCH_DOCUMENT} or {@value #NOT_TAKEN}
     */
    public record Narrative(String kind, String document, String section, String reason) {
        /** The document has no heading of that slug, and the name is not foreword or closing. */
        public static final String NO_SUCH_SECTION = "no section of that name in the document";
        /** This build composed no document of that kind and name (none exists, or composing it failed). */
        public static final String NO_SUCH_DOCUMENT = "no such document in this build";
        /** The document's kind (or the board pack's cover) does not take narrative yet. */
        public static final String NOT_TAKEN = "this kind of document does not take narrative yet";
    }

    /**
     * The privacy screen's findings: every child's name or date of birth it found in a composed
     * board or public document, and what it did.
     *
     * @param replaced hits replaced in board documents (by the child's pseudonym or age band)
     * @param refused hits that refused a public document (not published)
     * @param recordDatesNotCounted dates found that are a child's date of birth but also the date of one
     *     of the partnership's records, standing with no name: taken as the record's date and left
     * @param recordDateChildren the children whose dates of birth those were
     * @param durationMs the screen's own time over the whole build (reading and rebuilding models)
     * @param sourcesMs of that, the time spent finding the cells hits were typed into (the store's free
     *     text screened at the first hit, then each hit attributed): 0 in a build with no hit
     * @param hits each one, in build order
     */
    public record Privacy(int replaced, int refused, int recordDatesNotCounted, List<String> recordDateChildren,
            long durationMs, long sourcesMs, List<PrivacyHit> hits) {
        public Privacy {
            recordDateChildren = List.copyOf(recordDateChildren);
            hits = hits == null ? List.of() : List.copyOf(hits);
        }

        public Privacy(List<PrivacyHit> hits, int recordDatesNotCounted, List<String> recordDateChildren,
                long durationMs, long sourcesMs) {
            this((int) hits.stream().filter(h -> PrivacyHit.REPLACED.equals(h.action())).count(),
                    (int) hits.stream().filter(h -> PrivacyHit.REFUSED.equals(h.action())).count(),
                    recordDatesNotCounted, recordDateChildren, durationMs, sourcesMs, hits);
        }
    }

    /**
     * One hit: which document, where in it, what kind of identifier and whose — never the text found.
     *
     * @param document the document's file name without extension
     * @param action {@value #REPLACED} (board) or {@value #REFUSED} (public: the document failed)
     * @param where the place in the document's model: component names and 1-based positions, with the
     *     refs of its row ({@code regrades[2]{agencyCode=KVP, caseRef=C1}.rationale},
     *     {@code body[7].rows[3][2].text}): the row key and column the text was composed from
     * @param found "full name", "given or family name" or "date of birth"
     * @param children the child refs it may identify
     * @param sources the dataset cells it was typed into, at most five: the one cell when
     *     {@code sourceCandidates} is 1, candidates when more; none when it was typed into no
     *     free-text column (composed from a name, date or ref column)
     * @param sourceCandidates how many cells it may have come from
     */
    public record PrivacyHit(String kind, String document, String action, String where, String found,
            List<String> children, List<Source> sources, int sourceCandidates) {
        public static final String REPLACED = "replaced";
        public static final String REFUSED = "refused";

        public PrivacyHit {
            children = List.copyOf(children);
            sources = sources == null ? List.of() : List.copyOf(sources);
        }
    }

    /**
     * A dataset cell: the file ({@code actions.csv}, or {@code narrative/<kind>/<document>/<section>.md}),
     * the row key as the file names it ({@code action_ref=ACT-07}; empty for a narrative file) and the
     * column ({@code description}) — never the cell's text. A key value that itself identifies a child
     * is shown as {@code [withheld]}.
     */
    public record Source(String file, String row, String column) {
    }

    public static final String BUILT = "built";
    /** Every format kept from the previous build: same fingerprint, files intact. */
    public static final String SKIPPED = "skipped";
    public static final String FAILED = "failed";

    /**
     * One document: all its formats, or as many as were published.
     *
     * @param name the document's file name without extension, or its key when it could not be composed
     * @param formats the formats published
     * @param durationMs composing plus rendering every format, whatever ran in parallel
     * @param error why it failed, per format ({@code all} when composing failed); null when built. Only
     *     exception types and qaf's own messages: never document text, so never personal data
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String kind, String name, String status, List<String> formats, long durationMs, String error) {
        public Entry {
            formats = List.copyOf(formats);
        }

        public boolean failed() {
            return FAILED.equals(status);
        }

        public boolean skipped() {
            return SKIPPED.equals(status);
        }
    }

    public void writeTo(Path outputDir) throws IOException {
        byte[] bytes = json();
        AtomicFiles.write(outputDir.resolve(FILE_NAME), false, out -> out.write(bytes));
    }

    /** The file's bytes, as {@link #writeTo} writes them. */
    public byte[] json() throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.writer(printer).writeValue(out, this);
        out.write('\n');
        return out.toByteArray();
    }

    /** A report file as {@link #writeTo} wrote it. */
    public static BuildReport read(Path file) throws IOException {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readValue(file.toFile(), BuildReport.class);
    }
}

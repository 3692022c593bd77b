package qaf.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import qaf.document.Audience;
import qaf.document.ReportDocument;
import qaf.privacy.ChildMatcher;
import qaf.privacy.Hit;
import qaf.privacy.SourceCells;
import qaf.publish.BuildReport;

/**
 * The privacy screen at the one place every composed document passes before any renderer: whatever
 * a composer let through from free text — in the body, tables, chart labels and alt text, metadata
 * and the published data tables — is found here by every child's name and date of birth as people
 * write them ({@link ChildMatcher}).
 * <ul>
 * <li>{@link Audience#BOARD}: every hit is replaced — a name by that child's pseudonym, a date of
 *     birth by the child's age band on the as-at day — and recorded.
 * <li>{@link Audience#PUBLIC}: any hit refuses the document ({@link Refused}: it fails alone, exit 4,
 *     nothing published under its name), each hit recorded.
 * <li>{@link Audience#CASE}: untouched; a case document may name its child.
 * </ul>
 * A finding points to the document and the place in its model, with that row's refs, and to the
 * dataset cell the text was typed into (file, row key, column: {@link SourceCells}); never to the
 * text found. The store's free text is screened for that only when a first hit needs it, so a clean
 * build pays nothing for it. Composing runs on the build's one thread, so findings are collected
 * without locks.
 */
final class PrivacyScreen {
    /** How many places a refusal's message lists before "and N more": the report lists them all. */
    private static final int PLACES_IN_MESSAGE = 5;

    private final ChildMatcher matcher;
    private final Set<String> birthdaysOnRecordDates;
    private final LocalDate asAt;
    private final Supplier<SourceCells> sourcesToScreen;
    private SourceCells sources;
    private final List<BuildReport.PrivacyHit> findings = new ArrayList<>();
    private final SortedSet<String> recordDateChildren = new TreeSet<>();
    private int recordDatesNotCounted;
    private long nanos;
    private long sourceNanos;

    /**
     * @param birthdaysOnRecordDates children whose date of birth is also the date of one of the
     *     partnership's records ({@code BuildContext#birthdaysOnRecordDates}): see {@link #counted}
     * @param asAt the day age bands are worked out on: the build's as-at day
     * @param sources the store's free text screened by the same matcher, called at most once, at the
     *     first hit ({@code FreeTextColumns#screen}, read outside the document's read recording)
     */
    PrivacyScreen(ChildMatcher matcher, Set<String> birthdaysOnRecordDates, LocalDate asAt,
            Supplier<SourceCells> sources) {
        this.matcher = Objects.requireNonNull(matcher, "matcher");
        this.birthdaysOnRecordDates = Set.copyOf(birthdaysOnRecordDates);
        this.asAt = Objects.requireNonNull(asAt, "asAt");
        this.sourcesToScreen = Objects.requireNonNull(sources, "sources");
    }

    /** A public document that names a child or gives a date of birth: it is not published. */
    static final class Refused extends IllegalStateException {
        @java.io.Serial
        private static final long serialVersionUID = 1L;
        Refused(String message) {
            super(message);
        }
    }

    /**
     * The document as it may be rendered for its audience.
     *
     * @throws Refused a public document with a hit
     * @throws DocumentText.Unreadable a model the screen cannot read or rebuild: never rendered unscreened
     */
    <D extends ReportDocument> D screen(String kind, D document) {
        Audience audience = document.meta().audience();
        if (audience == Audience.CASE) {
            return document;
        }
        long start = System.nanoTime();
        try {
            return screen(kind, document, audience);
        } finally {
            nanos += System.nanoTime() - start;
        }
    }

    private <D extends ReportDocument> D screen(String kind, D document, Audience audience) {
        String name = document.name();
        boolean board = audience == Audience.BOARD;
        String action = board ? BuildReport.PrivacyHit.REPLACED : BuildReport.PrivacyHit.REFUSED;
        List<BuildReport.PrivacyHit> hits = new ArrayList<>();
        D screened = DocumentText.map(document, (where, text) -> {
            List<Hit> found = counted(matcher.find(text));
            List<String> refs = found.isEmpty() ? List.of() : refs(where, name);
            found.forEach(hit -> hits.add(finding(kind, name, action, where, hit, text, refs)));
            return board && !found.isEmpty() ? matcher.replaceForBoard(text, found, asAt, hit -> { }) : text;
        }, this::quotable);
        findings.addAll(hits);
        if (!board && !hits.isEmpty()) {
            throw new Refused(refusal(hits));
        }
        return screened;
    }

    /**
     * The hits of one text that identify a child. A date of birth that is also the date of one of the
     * partnership's records (an action due on a child's birthday), in a text that names no child, is
     * taken as the record's date: documents print record dates, and the two cannot be told apart. It
     * is counted apart in the report, as {@code qaf privacy-scan} counts it. Beside a name it counts.
     * The cost, accepted: such a child's date of birth typed alone into free text is not replaced.
     */
    private List<Hit> counted(List<Hit> found) {
        if (found.isEmpty() || birthdaysOnRecordDates.isEmpty()
                || found.stream().anyMatch(h -> h.kind() != Hit.Kind.DATE_OF_BIRTH)) {
            return found;
        }
        List<Hit> counted = new ArrayList<>();
        for (Hit h : found) {
            if (birthdaysOnRecordDates.containsAll(h.childRefs())) {
                recordDatesNotCounted++;
                recordDateChildren.addAll(h.childRefs());
            } else {
                counted.add(h);
            }
        }
        return counted;
    }

    /** The build report's privacy section: every hit so far, and the record dates not counted. */
    BuildReport.Privacy report() {
        return new BuildReport.Privacy(findings, recordDatesNotCounted, List.copyOf(recordDateChildren),
                nanos / 1_000_000, sourceNanos / 1_000_000);
    }

    /** A ref may stand in a pointer unless it is itself identifying. */
    private boolean quotable(String ref) {
        return !matcher.identifies(ref);
    }

    /** What tells candidate rows apart: the place's refs and its table row's words, and the document's name. */
    private static List<String> refs(DocumentText.Place where, String name) {
        List<String> refs = new ArrayList<>(where.refs());
        refs.add(name);
        refs.addAll(List.of(name.split("_")));
        return refs;
    }

    private BuildReport.PrivacyHit finding(String kind, String name, String action, DocumentText.Place where,
            Hit hit, String text, List<String> refs) {
        long start = System.nanoTime();
        if (sources == null) {
            sources = sourcesToScreen.get();
        }
        SourceCells.Attribution from = sources.attribute(hit, text, refs);
        sourceNanos += System.nanoTime() - start;
        return new BuildReport.PrivacyHit(kind, name, action, where.toString(), hit.kind().label(), hit.childRefs(),
                from.cells().stream().map(c -> new BuildReport.Source(c.file(), c.row(), c.column())).toList(),
                from.candidates());
    }

    /** "sections[3].text (from briefing_sections.csv, briefing_ref=B1, number=3, column text)". */
    private static String pointer(BuildReport.PrivacyHit hit) {
        SourceCells.Attribution from = new SourceCells.Attribution(hit.sources().stream()
                .map(s -> new SourceCells.Cell(s.file(), s.row(), s.column())).toList(), hit.sourceCandidates());
        return hit.where() + " (" + (hit.sourceCandidates() == 0 ? "" : "from ") + from.describe() + ")";
    }

    private static String refusal(List<BuildReport.PrivacyHit> hits) {
        List<String> places = hits.stream().map(PrivacyScreen::pointer).distinct().toList();
        String listed = String.join("; ", places.subList(0, Math.min(PLACES_IN_MESSAGE, places.size())));
        String more = places.size() > PLACES_IN_MESSAGE ? " and " + (places.size() - PLACES_IN_MESSAGE) + " more" : "";
        return "the privacy screen found " + hits.size() + (hits.size() == 1 ? " child's name or date of birth"
                : " children's names or dates of birth") + " in this public document, at " + listed + more
                + ": it is not published (build-report.json lists each under \"privacy\"; correct the dataset"
                + " cell named and build again)";
    }
}

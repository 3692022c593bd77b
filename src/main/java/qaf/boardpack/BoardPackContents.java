package qaf.boardpack;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import qaf.analysis.evaluation.Evaluation;
import qaf.publish.Manifest;

/**
 * What the contents says of each document, and the order documents of one kind come in. A document
 * is known by what the manifest says of it (its title and refs) and, when it is one of the year's
 * evaluations' documents, by that evaluation: any kind keyed by an evaluation (the overview, agency
 * feedback, kinds added later) is listed by the evaluation's theme and dates and ordered by its
 * start, without the pack knowing the kind.
 */
record BoardPackContents(Map<String, Evaluation> evaluations) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** One line of the contents. */
    record Entry(String title, String detail, String kind) {
        /** The document cell: the title, and the details on a second line when there are any. */
        String cell() {
            return detail.isEmpty() ? title : title + "\n" + detail;
        }
    }

    BoardPackContents {
        evaluations = Map.copyOf(evaluations);
    }

    /** Contents knowing no evaluation: every document by its own title, in path order. */
    static final BoardPackContents NONE = new BoardPackContents(Map.of());

    static BoardPackContents of(List<Evaluation> evaluations) {
        Map<String, Evaluation> byRef = new TreeMap<>();
        evaluations.forEach(e -> byRef.put(e.ref(), e));
        return new BoardPackContents(byRef);
    }

    /**
     * The order within one item of the pack: documents of an evaluation by its start day, then its
     * panel day; then the rest; path last, so the order is total.
     */
    Comparator<Manifest.Document> order() {
        Comparator<Manifest.Document> byStart = Comparator.comparing(
                d -> evaluation(d).map(Evaluation::startsOn).orElse(null), Comparator.nullsLast(Comparator.naturalOrder()));
        return byStart
                .thenComparing(d -> evaluation(d).map(Evaluation::panelOn).orElse(null),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Manifest.Document::path);
    }

    /**
     * The contents line of a document. A title that says no more than the evaluation's ref
     * ("Evaluation overview: MACE-1819-F1") gives way to the evaluation's theme; the ref, the kind
     * of evaluation and its dates follow on the second line.
     */
    Entry entry(Manifest.Document d) {
        String kind = BoardPack.kindName(d.kind());
        Optional<Evaluation> found = evaluation(d);
        if (found.isEmpty()) {
            return new Entry(d.title(), "", kind);
        }
        Evaluation e = found.get();
        boolean onlyRef = d.title().strip().endsWith(e.ref());
        String title = onlyRef ? e.theme() : d.title();
        String detail = e.ref() + (onlyRef ? "" : ": " + e.theme()) + " \u00b7 " + e.kind().id() + " evaluation \u00b7 "
                + "started " + DAY.format(e.startsOn()) + ", panel " + DAY.format(e.panelOn());
        return new Entry(title, detail, kind);
    }

    /**
     * The evaluation a document is of: its first ref, when its file name starts with that ref
     * (MACE-1819-F1, MACE-1819-F1_CAMHS). A document that only draws on evaluations (an annual
     * report lists them among its refs) is not one evaluation's.
     */
    private Optional<Evaluation> evaluation(Manifest.Document d) {
        if (d.refs().isEmpty() || !BoardPack.documentName(d).startsWith(d.refs().get(0))) {
            return Optional.empty();
        }
        return Optional.ofNullable(evaluations.get(d.refs().get(0)));
    }
}

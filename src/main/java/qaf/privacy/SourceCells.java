package qaf.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where in the dataset a child's name or date of birth was typed: the store's free-text cells
 * screened with the same {@link ChildMatcher}, so that a hit found in a composed document, or in a
 * published file, can be pointed back to the file, row key and column the person must correct. A
 * cell is kept only if it has a hit; what is kept of its text is a folded form used to tell cells
 * apart, and nothing that describes a cell or an attribution holds any of it.
 *
 * <p>A document's text is not always a cell's text as typed (Markdown is rendered, a regrade
 * rationale is joined to its grade, PDF text wraps), so attribution narrows step by step and keeps
 * the narrower set only when it is not empty: the cells with a hit of the same kind for the same
 * children; of those, the ones whose matched words fold to the document's; the ones whose whole
 * text stands in the document's text (or the document's in theirs); the ones whose row key values
 * the document's refs name most. One cell left is the source; several are listed as candidates;
 * none means the text was not typed into a free-text column (a pseudonym equal to a name, or a
 * date from a date column).
 */
public final class SourceCells {
    /** At most this many candidates are listed; {@link Attribution#candidates()} counts them all. */
    public static final int LISTED = 5;

    /**
     * One cell: its dataset file ({@code actions.csv}, or a narrative file's path), its row key
     * ({@code action_ref=ACT-07}; empty for a narrative file, which is its own row) and column. A key
     * value that itself names a child or gives a date of birth is shown as {@value #WITHHELD}.
     */
    public record Cell(String file, String row, String column) {
        public static final String WITHHELD = "[withheld]";

        public Cell {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(column, "column");
        }

        /** "actions.csv, action_ref=ACT-07, column description". */
        public String describe() {
            StringBuilder b = new StringBuilder(file);
            if (!row.isEmpty()) {
                b.append(", ").append(row);
            }
            if (!column.isEmpty()) {
                b.append(", column ").append(column);
            }
            return b.toString();
        }
    }

    /**
     * The cells a hit was attributed to, at most {@link #LISTED}, in dataset order.
     *
     * @param candidates how many cells were left: 1 is the source, more are candidates, 0 none
     */
    public record Attribution(List<Cell> cells, int candidates) {
        public static final Attribution NONE = new Attribution(List.of(), 0);

        public Attribution {
            cells = List.copyOf(cells);
        }

        /** "actions.csv, action_ref=ACT-07, column description", "one of 3: …", or the reason there is none. */
        public String describe() {
            if (candidates == 0) {
                return "typed into no free-text column (composed from a name, date or ref column)";
            }
            String listed = String.join("; ", cells.stream().map(Cell::describe).toList());
            if (candidates == 1) {
                return listed;
            }
            return "one of " + candidates + ": " + listed + (candidates > cells.size() ? "; …" : "");
        }
    }

    /** A cell's hit, with what tells it from other cells' hits of the same children. */
    private record Entry(int order, Cell cell, Hit.Kind kind, List<String> children, String matched, String text,
            String typed) {
    }

    private final ChildMatcher matcher;
    private final Map<String, List<Entry>> byKindAndChildren = new HashMap<>();
    private final Map<String, List<Entry>> byChild = new HashMap<>();
    private int cells;
    private int order;
    /** The last text attributed and its two forms: a text with several hits is shaped once. */
    private String lastText;
    private String lastShape;
    private String lastTyped;

    public SourceCells(ChildMatcher matcher) {
        this.matcher = Objects.requireNonNull(matcher, "matcher");
    }

    /** How many cells were screened. */
    public int cellsScreened() {
        return cells;
    }

    /**
     * Screens one cell. Call in dataset order (file, then row key): candidates are listed in that order.
     *
     * @param keyNames the file's key columns, as the file names them
     * @param keyValues the row's values of them
     */
    public void add(String file, List<String> keyNames, List<String> keyValues, String column, String text) {
        cells++;
        List<Hit> hits = matcher.find(text);
        if (hits.isEmpty()) {
            return;
        }
        Cell cell = new Cell(file, rowKey(keyNames, keyValues, matcher::identifies), column);
        String folded = shape(text);
        String typed = typed(text);
        for (Hit h : hits) {
            Entry e = new Entry(order++, cell, h.kind(), h.childRefs(), shape(text.substring(h.start(), h.end())),
                    folded, typed);
            byKindAndChildren.computeIfAbsent(key(h.kind(), h.childRefs()), k -> new ArrayList<>()).add(e);
            for (String child : h.childRefs()) {
                byChild.computeIfAbsent(child, k -> new ArrayList<>()).add(e);
            }
        }
    }

    /**
     * The cells {@code hit}, found in {@code text}, was most likely typed into.
     *
     * @param refs refs the document and the place of the text carry (the document's name, the row's
     *     case and agency refs…): a cell whose row key they name is preferred
     */
    public Attribution attribute(Hit hit, String text, Collection<String> refs) {
        boolean name = hit.kind() != Hit.Kind.DATE_OF_BIRTH;
        String matched = name ? shape(text.substring(hit.start(), hit.end())) : "";
        List<Entry> found = byKindAndChildren.get(key(hit.kind(), hit.childRefs()));
        if (found == null) {
            // Another kind for one of the children (the document joined two cells, or cut one): only a
            // cell holding the words found can be the source.
            Set<Entry> sharing = new LinkedHashSet<>();
            hit.childRefs().forEach(c -> sharing.addAll(byChild.getOrDefault(c, List.of())));
            found = sharing.stream().filter(e -> !name || contains(e.text(), matched)).toList();
        }
        if (found.isEmpty()) {
            return Attribution.NONE;
        }
        List<Entry> left = found;
        if (name) {
            // A date is printed in the document's own form; a name as it was typed.
            left = narrowed(left, e -> e.matched().equals(matched));
        }
        if (!text.equals(lastText)) {
            lastText = text;
            lastShape = shape(text);
            lastTyped = typed(text);
        }
        String whole = lastShape;
        left = narrowed(left, e -> !e.text().isBlank() && (whole.contains(e.text()) || e.text().contains(whole)));
        // Accents and letter case as typed: "Zoë" in the document is the cell that says "Zoë", not "Zoe".
        String asTyped = lastTyped;
        left = narrowed(left, e -> !e.typed().isBlank() && (asTyped.contains(e.typed()) || e.typed().contains(asTyped)));
        left = byRefs(left, refs);
        List<Cell> distinct = left.stream().sorted(Comparator.comparingInt(Entry::order)).map(Entry::cell).distinct()
                .toList();
        return new Attribution(distinct.subList(0, Math.min(LISTED, distinct.size())), distinct.size());
    }

    /** The row key as the report prints it, each value shown only if it does not identify a child. */
    static String rowKey(List<String> names, List<String> values, Predicate<String> identifies) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String v = values.get(i) == null ? "" : values.get(i);
            parts.add(names.get(i) + "=" + (identifies.test(v) ? Cell.WITHHELD : v));
        }
        return String.join(", ", parts);
    }

    /** Whether {@code shaped} holds {@code words} (both {@link #shape}d) as whole words. */
    private static boolean contains(String shaped, String words) {
        return !words.isEmpty() && (" " + shaped + " ").contains(" " + words + " ");
    }

    /** The text as typed, only its Unicode form and spacing made uniform (NFC, any run of spaces one space). */
    static String typed(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).replaceAll("[\\s\\p{Z}]+", " ")
                .strip();
    }

    private static List<Entry> narrowed(List<Entry> entries, Predicate<Entry> test) {
        if (entries.size() < 2) {
            return entries;
        }
        List<Entry> kept = entries.stream().filter(test).toList();
        return kept.isEmpty() ? entries : kept;
    }

    /** The entries whose row key values the refs name most, when some name at least one. */
    private static List<Entry> byRefs(List<Entry> entries, Collection<String> refs) {
        if (entries.size() < 2 || refs.isEmpty()) {
            return entries;
        }
        Set<String> named = Set.copyOf(refs);
        int best = 0;
        Map<Entry, Integer> scores = new java.util.IdentityHashMap<>();
        for (Entry e : entries) {
            int score = 0;
            for (String part : e.cell().row().split(", ")) {
                int eq = part.indexOf('=');
                if (eq >= 0 && named.contains(part.substring(eq + 1))) {
                    score++;
                }
            }
            scores.put(e, score);
            best = Math.max(best, score);
        }
        if (best == 0) {
            return entries;
        }
        int top = best;
        return entries.stream().filter(e -> scores.get(e) == top).toList();
    }

    private static String key(Hit.Kind kind, List<String> children) {
        return kind.name() + '|' + String.join(",", children);
    }

    /**
     * A text folded as names are compared ({@link Folding}), every run of what is not a letter or
     * digit one space: spacing, dashes, apostrophes and Markdown marks do not tell two texts apart.
     */
    static String shape(String text) {
        String folded = Folding.fold(text);
        StringBuilder b = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                if (gap && b.length() > 0) {
                    b.append(' ');
                }
                gap = false;
                b.appendCodePoint(cp);
            } else {
                gap = true;
            }
        }
        return b.toString();
    }
}

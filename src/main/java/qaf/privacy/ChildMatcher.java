package qaf.privacy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import qaf.analysis.evaluation.AgeBand;

/**
 * Finds every child's name and date of birth in a text, written any way people write them, and
 * replaces them for a board audience. Built once per build from every child in the store
 * ({@code qaf.store.ChildQueries#identities}); immutable and safe to share between threads.
 *
 * <p>The shape the pipeline needs is a function over strings with a sink for hits:
 * {@link #find(String, Consumer)} for a public document (any hit fails it) and
 * {@link #replaceForBoard(String, LocalDate, Consumer)} for a board document. Hits carry refs, a
 * kind and a span, never the text matched: see {@link Hit}.
 */
public final class ChildMatcher {
    /** What a name shared by several children becomes: no one pseudonym would be true. */
    public static final String WITHHELD = "[name withheld]";

    private static final Comparator<Hit> BY_POSITION = Comparator.comparingInt(Hit::start)
            .thenComparing(Comparator.comparingInt(Hit::end).reversed());

    private final NameIndex names;
    private final DateFinder dates;
    private final Map<String, ChildIdentity> byRef = new HashMap<>();

    private ChildMatcher(List<ChildIdentity> children, List<String> professionals) {
        List<ChildIdentity> copy = List.copyOf(children);
        for (ChildIdentity c : copy) {
            if (byRef.put(c.childRef(), c) != null) {
                throw new IllegalArgumentException("child_ref " + c.childRef() + " is given twice");
            }
        }
        this.names = new NameIndex(copy, new Professionals(professionals));
        this.dates = new DateFinder(copy);
    }

    /** A matcher for these children (normally every child in the store). */
    public static ChildMatcher of(List<ChildIdentity> children) {
        return new ChildMatcher(children, List.of());
    }

    /**
     * A matcher for these children that knows the partnership's own professionals as its records
     * name them ({@code qaf.store.ChildQueries#professionals}: "Neil Rahman, Named GP"), so that a
     * child's family name inside a professional's name written in full is not a hit. A child's full
     * name, and a family name written without the professional's given name, still are.
     */
    public static ChildMatcher of(List<ChildIdentity> children, List<String> professionals) {
        return new ChildMatcher(children, professionals);
    }

    public int childCount() {
        return byRef.size();
    }

    /**
     * Reports every hit in {@code text}, in text order, never two that overlap (where a name and a
     * date of birth would, the one starting first, then the longer, is kept).
     */
    public void find(String text, Consumer<? super Hit> sink) {
        if (text == null || text.isEmpty()) {
            return;
        }
        List<Hit> hits = new ArrayList<>();
        names.find(Words.of(text), hits::add);
        int nameHits = hits.size();
        dates.find(text, hits::add);
        if (hits.size() > nameHits) {
            hits.sort(BY_POSITION);
        }
        Hit last = null;
        for (Hit h : hits) {
            if (last == null || !h.overlaps(last)) {
                sink.accept(h);
                last = h;
            }
        }
    }

    /** Every hit in {@code text}, in text order. */
    public List<Hit> find(String text) {
        List<Hit> hits = new ArrayList<>();
        find(text, hits::add);
        return hits;
    }

    /** Whether {@code text} names a child or gives a date of birth. */
    public boolean identifies(String text) {
        return !find(text).isEmpty();
    }

    /**
     * {@code text} as a board document may show it: each name replaced by that child's pseudonym
     * ({@link #WITHHELD} when the name is shared by several children), a possessive kept ("Zoë's" →
     * "Child A's", "Jones'" → "Child A's"), and each date of birth replaced by the child's age band
     * on {@code asAt} ("aged 11–15"). Each hit goes to {@code sink} (spans refer to {@code text}).
     */
    public String replaceForBoard(String text, LocalDate asAt, Consumer<? super Hit> sink) {
        List<Hit> hits = new ArrayList<>();
        find(text, hits::add);
        return replace(text, hits, asAt, sink);
    }

    /**
     * {@code text} with only the given hits (found in it by {@link #find(String)}) replaced, as
     * {@link #replaceForBoard(String, LocalDate, Consumer)} replaces them: for a caller that decides
     * some hits are not identifying (a date of birth that is also a record date the document prints).
     */
    public String replaceForBoard(String text, List<Hit> hits, LocalDate asAt, Consumer<? super Hit> sink) {
        return replace(text, hits, asAt, sink);
    }

    private String replace(String text, List<Hit> hits, LocalDate asAt, Consumer<? super Hit> sink) {
        if (hits.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16 * hits.size());
        int at = 0;
        for (Hit h : hits) {
            out.append(text, at, h.start()).append(replacement(h, asAt));
            at = h.end();
            if (h.kind() != Hit.Kind.DATE_OF_BIRTH && bareApostropheAfter(text, h.end())) {
                // "Jones' mother": after a pseudonym the possessive needs its s ("Child A's mother").
                out.append(text.charAt(at)).append('s');
                at++;
            }
            sink.accept(h);
        }
        return out.append(text, at, text.length()).toString();
    }

    /** As {@link #replaceForBoard(String, LocalDate, Consumer)}, returning the hits with the text. */
    public Screened screenForBoard(String text, LocalDate asAt) {
        List<Hit> hits = new ArrayList<>();
        String replaced = text == null ? null : replaceForBoard(text, asAt, hits::add);
        return new Screened(replaced, hits);
    }

    private String replacement(Hit hit, LocalDate asAt) {
        if (hit.kind() == Hit.Kind.DATE_OF_BIRTH) {
            // Children sharing a date of birth share its band.
            AgeBand band = AgeBand.at(byRef.get(hit.childRefs().get(0)).dateOfBirth(), asAt);
            return band == AgeBand.UNBORN ? "unborn" : "aged " + band.label();
        }
        return hit.childRefs().size() == 1 ? byRef.get(hit.childRefs().get(0)).pseudonym() : WITHHELD;
    }

    /** A name ending in s, then an apostrophe that no letter follows: a possessive without its s. */
    private static boolean bareApostropheAfter(String text, int end) {
        return Character.toLowerCase(text.charAt(end - 1)) == 's' && end < text.length()
                && Words.APOSTROPHES.indexOf(text.charAt(end)) >= 0
                && (end + 1 == text.length() || !Character.isLetterOrDigit(text.codePointAt(end + 1)));
    }
}

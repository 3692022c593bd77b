package qaf.pipeline;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Period;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Every string a document model holds, each with its place, rewritten by one function: the one way
 * the privacy screen reads a composed document, whatever its kind. Document models are records of
 * text, numbers, enums, dates, lists and further records (STYLE.md), so the walk follows the record
 * components rather than a method each model must remember to keep complete: a field added to a
 * model is screened without anyone listing it. A value of any other type cannot be read, so it fails
 * the document ({@link Unreadable}) rather than pass unscreened.
 *
 * <p>A record none of whose strings changed is returned as it is; one that changed is made again
 * through its canonical constructor, so its own checks run on the new text.
 */
final class DocumentText {
    private DocumentText() {
    }

    /** Rewrites one string; {@code where} is only read when a hit needs it. */
    interface Mapper {
        String map(Place where, String text);
    }

    /**
     * Where a string stands in the model: a path of component names and 1-based list positions, with
     * the refs of the records on the way ({@code regrades[2]{agencyCode=KVP, caseRef=C1}.rationale}).
     * A ref is shown only when {@code quotable} allows it, so a pointer never quotes personal data.
     */
    static final class Place {
        private final Place parent;
        private final String label;
        private final Object record;
        private final Predicate<String> quotable;
        /** The list this place is an item of, or null. */
        private final List<?> siblings;

        private Place(Place parent, String label, Object record, Predicate<String> quotable, List<?> siblings) {
            this.parent = parent;
            this.label = label;
            this.record = record;
            this.quotable = quotable;
            this.siblings = siblings;
        }

        static Place root(Predicate<String> quotable) {
            return new Place(null, "", null, quotable, null);
        }

        Place component(String name) {
            return new Place(this, "." + name, null, quotable, null);
        }

        Place index(int i) {
            return new Place(this, "[" + (i + 1) + "]", null, quotable, null);
        }

        Place index(int i, List<?> list) {
            return new Place(this, "[" + (i + 1) + "]", null, quotable, list);
        }

        /** Into a record; the document itself is named by the report, so its own refs are not repeated. */
        Place at(Object recordValue) {
            return parent == null ? this : new Place(this, "", recordValue, quotable, null);
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            for (Place p = this; p != null; p = p.parent) {
                b.insert(0, p.label);
                if (p.record != null) {
                    b.insert(0, keys(p.record));
                }
            }
            return b.length() > 0 && b.charAt(0) == '.' ? b.substring(1) : b.toString();
        }

        /**
         * What the text's row is keyed by, for telling apart the dataset rows it may come from: the
         * values of the refs on the way, outermost first, and — for a cell of a table (an item of a
         * list in a list: {@code rows[6][4]}) — the words of the other cells of its row, where a
         * table shows its row's ref ("ACT-002"). Never printed: only compared with row keys.
         */
        List<String> refs() {
            List<String> refs = new ArrayList<>();
            boolean row = false;
            for (Place p = this; p != null; p = p.parent) {
                if (p.record != null) {
                    List<String> own = new ArrayList<>();
                    refs(p.record).forEach((n, v) -> own.add(v));
                    refs.addAll(0, own);
                }
                if (!row && p.siblings != null && p.parent != null && p.parent.siblings != null) {
                    row = true;
                    for (Object cell : p.siblings) {
                        words(cell, refs);
                    }
                }
            }
            return refs;
        }

        private void words(Object cell, List<String> into) {
            if (cell instanceof String s) {
                into.addAll(List.of(s.split("[^\\p{L}\\p{N}_.\\-]+")));
            } else if (cell != null && cell.getClass().isRecord()) {
                for (RecordComponent c : cell.getClass().getRecordComponents()) {
                    if (c.getType() == String.class && read(c, cell, this) instanceof String s) {
                        into.addAll(List.of(s.split("[^\\p{L}\\p{N}_.\\-]+")));
                    }
                }
            }
        }

        /** The record's own refs and codes ({@code caseRef}, {@code agencyCode}, {@code ref}), as a row key. */
        private String keys(Object value) {
            List<String> keys = new ArrayList<>();
            refs(value).forEach((n, v) -> keys.add(n + "=" + v));
            return keys.isEmpty() ? "" : "{" + String.join(", ", keys) + "}";
        }

        /** Name → value of the record's quotable refs and codes, in component order. */
        private Map<String, String> refs(Object value) {
            Map<String, String> refs = new LinkedHashMap<>();
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                String n = c.getName();
                if (c.getType() == String.class && (n.endsWith("Ref") || n.endsWith("Code") || n.equals("ref")
                        || n.equals("code"))) {
                    Object v = read(c, value, this);
                    if (v instanceof String s && !s.isEmpty() && quotable.test(s)) {
                        refs.put(n, s);
                    }
                }
            }
            return refs;
        }
    }

    /** A value the walk cannot read as text, list or record: the document cannot be screened. */
    static final class Unreadable extends IllegalStateException {
        @java.io.Serial
        private static final long serialVersionUID = 1L;
        Unreadable(String message) {
            super(message);
        }
    }

    /** The document with every string passed through {@code f}; the same instance when none changed. */
    @SuppressWarnings("unchecked")
    static <D> D map(D document, Mapper f, Predicate<String> quotable) {
        return (D) value(document, Place.root(quotable), f);
    }

    private static Object value(Object v, Place where, Mapper f) {
        if (v == null || v instanceof Number || v instanceof Boolean || v instanceof Enum<?>
                || v instanceof TemporalAccessor || v instanceof Duration || v instanceof Period) {
            // Numbers and dates are drawn from data, never typed text; an enum's words are qaf's own.
            return v;
        }
        if (v instanceof String s) {
            return f.map(where, s);
        }
        if (v instanceof Character c) {
            return c;
        }
        if (v instanceof List<?> list) {
            return list(list, where, f);
        }
        if (v instanceof Set<?> set) {
            List<?> mapped = list(List.copyOf(set), where, f);
            return mapped == null ? set : Collections.unmodifiableSet(new LinkedHashSet<>(mapped));
        }
        if (v instanceof Map<?, ?> map) {
            return map(map, where, f);
        }
        if (v instanceof Optional<?> optional) {
            if (optional.isEmpty()) {
                return optional;
            }
            Object inner = value(optional.get(), where, f);
            return inner == optional.get() ? optional : Optional.of(inner);
        }
        if (v.getClass().isRecord()) {
            return record(v, where.at(v), f);
        }
        throw new Unreadable("the privacy screen cannot read " + where + ": a " + v.getClass().getName()
                + " is neither text, a list nor a record, so the document cannot be screened");
    }

    /** The list mapped, or the list itself when nothing in it changed. */
    private static List<?> list(List<?> list, Place where, Mapper f) {
        List<Object> out = null;
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            Object mapped = value(item, where.index(i, list), f);
            if (mapped != item && out == null) {
                out = new ArrayList<>(list.subList(0, i));
            }
            if (out != null) {
                out.add(mapped);
            }
        }
        return out == null ? list : Collections.unmodifiableList(out);
    }

    // The copy keeps the original's ordering: its comparator took the original's keys, and the mapped
    // keys are of the same type (the mapper maps text to text), so the unchecked cast is sound.
    @SuppressWarnings("unchecked")
    private static Map<?, ?> map(Map<?, ?> map, Place where, Mapper f) {
        Map<Object, Object> out = map instanceof SortedMap<?, ?> sorted
                ? new TreeMap<>((java.util.Comparator<Object>) sorted.comparator()) : new LinkedHashMap<>();
        boolean changed = false;
        int i = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            Object key = value(e.getKey(), where.index(i).component("key"), f);
            Object val = value(e.getValue(), where.index(i).component("value"), f);
            changed |= key != e.getKey() || val != e.getValue();
            out.put(key, val);
            i++;
        }
        return changed ? Collections.unmodifiableMap(out) : map;
    }

    private static Object record(Object value, Place where, Mapper f) {
        RecordComponent[] components = value.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        boolean changed = false;
        for (int i = 0; i < components.length; i++) {
            Object before = read(components[i], value, where);
            args[i] = value(before, where.component(components[i].getName()), f);
            changed |= args[i] != before;
        }
        if (!changed) {
            return value;
        }
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> canonical = value.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            // The record's own check refused the new text (a link whose address held a name).
            throw new Unreadable("the privacy screen's replacement at " + where + " is not a valid "
                    + value.getClass().getSimpleName() + " (" + e.getCause().getClass().getSimpleName()
                    + "), so the document cannot be published");
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new Unreadable("the privacy screen cannot rebuild " + where + " ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private static Object read(RecordComponent component, Object value, Place where) {
        try {
            java.lang.reflect.Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(value);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new Unreadable("the privacy screen cannot read " + where + "." + component.getName() + " ("
                    + e.getClass().getSimpleName() + ")");
        }
    }
}

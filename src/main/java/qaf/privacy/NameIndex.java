package qaf.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Every child's given and family name, indexed by folded word so that a text is read once, word by
 * word, whatever the number of children: each word costs one hash lookup, and only the few names
 * that start with it are checked further.
 */
final class NameIndex {
    private enum Role { GIVEN, FAMILY }

    /** One name part of one child, cut into folded words: "Tyler-Jay" → [tyler, jay]. */
    private record Part(int child, Role role, List<String> keys, String joined, CommonWords.Tier tier) {
    }

    /** How an indexed word relates to its part. */
    private enum Mode {
        /** The part's first word: the part may follow, word by word. */
        FIRST,
        /** The part's words run together as one ("OSullivan", "TylerJay"). */
        JOINED,
        /** One piece of a part of several words, which may stand alone ("Tyler" of "Tyler-Jay"). */
        PIECE
    }

    private record Entry(Part part, Mode mode, CommonWords.Tier tier) {
    }

    private final List<ChildIdentity> children;
    private final Professionals professionals;
    private final List<Part[]> partsByChild = new ArrayList<>();
    private final Map<String, List<Entry>> byKey = new HashMap<>();

    NameIndex(List<ChildIdentity> children, Professionals professionals) {
        this.children = children;
        this.professionals = professionals;
        for (int c = 0; c < children.size(); c++) {
            ChildIdentity child = children.get(c);
            Part given = part(c, Role.GIVEN, child.givenName());
            Part family = part(c, Role.FAMILY, child.familyName());
            partsByChild.add(new Part[] {given, family});
            for (Part p : new Part[] {given, family}) {
                if (p != null) {
                    index(p);
                }
            }
        }
    }

    private static Part part(int child, Role role, String name) {
        Words words = Words.of(name);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < words.count(); i++) {
            if (words.key(i) != null) {
                keys.add(words.key(i));
            }
        }
        if (keys.isEmpty()) {
            return null;
        }
        CommonWords.Tier tier = CommonWords.Tier.AFTER_TITLE;
        for (String key : keys) {
            if (keys.size() == 1 || !CommonWords.PARTICLES.contains(key)) {
                CommonWords.Tier t = CommonWords.tier(key);
                tier = t.compareTo(tier) < 0 ? t : tier;
            }
        }
        return new Part(child, role, List.copyOf(keys), String.join("", keys), tier);
    }

    private void index(Part p) {
        add(p.keys().get(0), new Entry(p, Mode.FIRST, p.tier()));
        if (p.keys().size() > 1) {
            add(p.joined(), new Entry(p, Mode.JOINED, p.tier()));
            for (String key : p.keys()) {
                if (!CommonWords.PARTICLES.contains(key) && key.codePointCount(0, key.length()) > 2) {
                    add(key, new Entry(p, Mode.PIECE, CommonWords.tier(key)));
                }
            }
        }
    }

    private void add(String key, Entry entry) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(entry);
    }

    /** Reports every name in {@code words}, left to right, never two that overlap. */
    void find(Words words, Consumer<Hit> sink) {
        for (int i = 0; i < words.count(); i++) {
            String key = words.key(i);
            List<Entry> entries = key == null ? null : byKey.get(key);
            if (entries == null) {
                continue;
            }
            int bestEnd = -1;
            boolean bestFull = false;
            TreeSet<String> refs = new TreeSet<>();
            for (Entry e : entries) {
                int end = e.mode() == Mode.FIRST ? matchPart(words, e.part(), i) : i;
                if (end < 0) {
                    continue;
                }
                int fullEnd = e.mode() == Mode.PIECE ? -1 : fullName(words, e.part(), end);
                boolean full = fullEnd >= 0;
                if (full) {
                    end = fullEnd;
                } else if (!Context.counts(words, i, e.tier()) || professionals.covers(words, i, end)) {
                    continue;
                }
                if (end > bestEnd || end == bestEnd && full && !bestFull) {
                    bestEnd = end;
                    bestFull = full;
                    refs.clear();
                }
                if (end == bestEnd && full == bestFull) {
                    refs.add(children.get(e.part().child()).childRef());
                }
            }
            if (bestEnd >= 0) {
                sink.accept(new Hit(bestFull ? Hit.Kind.FULL_NAME : Hit.Kind.NAME, List.copyOf(refs),
                        words.start(i), words.end(bestEnd)));
                i = bestEnd;
            }
        }
    }

    /** The last word of {@code part} written from word {@code at}, or -1. */
    private static int matchPart(Words words, Part part, int at) {
        List<String> keys = part.keys();
        if (at < words.count() && part.joined().equals(words.key(at)) && keys.size() > 1) {
            return at;
        }
        for (int k = 0; k < keys.size(); k++) {
            int w = at + k;
            if (w >= words.count() || !keys.get(k).equals(words.key(w)) || k > 0 && !words.joinerAfter(w - 1, false)) {
                return -1;
            }
        }
        return at + keys.size() - 1;
    }

    /**
     * The last word of the child's other name part when it follows {@code part}, which ends at word
     * {@code end}: "Zoë Bashir" after spaces only (a line break included); "Bashir, Zoë" or
     * "BASHIR Zoë" after spaces or one comma. -1 when it does not follow.
     */
    private int fullName(Words words, Part part, int end) {
        if (end + 1 >= words.count()) {
            return -1;
        }
        Part[] parts = partsByChild.get(part.child());
        Part other = part.role() == Role.GIVEN ? parts[1] : parts[0];
        boolean gap = part.role() == Role.GIVEN ? words.spaceAfter(end) : words.joinerAfter(end, true);
        if (other == null || !gap || !other.keys().get(0).equals(words.key(end + 1))
                && !other.joined().equals(words.key(end + 1))) {
            return -1;
        }
        return matchPart(words, other, end + 1);
    }
}

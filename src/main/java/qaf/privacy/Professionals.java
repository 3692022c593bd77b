package qaf.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The partnership's own professionals as its records name them (agency leads, case workers,
 * managers, chairs, reviewers): "Dr Neil Rahman, Named GP" is Neil Rahman. A child's family name
 * found inside one of these names written in full is that professional, not the child's family;
 * without the given name ("Dr Rahman") it cannot be told apart and still counts.
 */
final class Professionals {
    /** One professional's name as folded words, and where a given word sits in it. */
    private record Occurrence(List<String> keys, int position) {
    }

    private final Map<String, List<Occurrence>> byKey = new HashMap<>();

    Professionals(List<String> recorded) {
        for (String entry : recorded) {
            List<String> keys = nameKeys(entry);
            if (keys.size() < 2) {
                continue; // a single word is no evidence of who is meant
            }
            for (int p = 0; p < keys.size(); p++) {
                byKey.computeIfAbsent(keys.get(p), k -> new ArrayList<>()).add(new Occurrence(keys, p));
            }
        }
    }

    /** The words of the name: before the first comma or bracket, titles dropped. */
    private static List<String> nameKeys(String entry) {
        String name = entry;
        for (char stop : new char[] {',', '(', ';', '/'}) {
            int at = name.indexOf(stop);
            name = at < 0 ? name : name.substring(0, at);
        }
        Words words = Words.of(name);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < words.count(); i++) {
            String key = words.key(i);
            if (key != null && !(keys.isEmpty() && CommonWords.TITLES.contains(key))) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** Whether words {@code [first, last]} of the text lie inside a professional's full name written there. */
    boolean covers(Words words, int first, int last) {
        List<Occurrence> occurrences = byKey.get(words.key(first));
        if (occurrences == null) {
            return false;
        }
        for (Occurrence o : occurrences) {
            int start = first - o.position();
            int end = start + o.keys().size() - 1;
            if (start >= 0 && end >= last && end < words.count() && matches(words, start, o.keys())) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Words words, int start, List<String> keys) {
        for (int k = 0; k < keys.size(); k++) {
            if (!keys.get(k).equals(words.key(start + k)) || k > 0 && !words.joinerAfter(start + k - 1, false)) {
                return false;
            }
        }
        return true;
    }
}

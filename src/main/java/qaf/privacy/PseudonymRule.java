package qaf.privacy;

import java.util.HashSet;
import java.util.Set;

/**
 * The ingest's rule for a pseudonym given in a dataset: it must not contain the child's given or
 * family name, compared as the screen compares words (any case, accents, Unicode form; "Child
 * Zoe" contains "Zoë"). Each word of a name counts, so "Child Jay" contains "Tyler-Jay"; particles
 * ("Ó", "bin") and the word "Child" itself, which every assigned pseudonym starts with, do not.
 */
public final class PseudonymRule {
    private PseudonymRule() {
    }

    /** Whether {@code pseudonym} contains a word of {@code givenName} or {@code familyName}. */
    public static boolean revealsName(String pseudonym, String givenName, String familyName) {
        Set<String> pseudonymWords = new HashSet<>();
        Words words = Words.of(pseudonym);
        for (int i = 0; i < words.count(); i++) {
            if (words.key(i) != null) {
                pseudonymWords.add(words.key(i));
            }
        }
        return containsWordOf(pseudonymWords, givenName) || containsWordOf(pseudonymWords, familyName);
    }

    private static boolean containsWordOf(Set<String> pseudonymWords, String name) {
        if (name == null) {
            return false;
        }
        Words words = Words.of(name);
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < words.count(); i++) {
            String key = words.key(i);
            if (key == null) {
                continue;
            }
            joined.append(key);
            if (!key.equals("child") && !CommonWords.PARTICLES.contains(key) && pseudonymWords.contains(key)) {
                return true;
            }
        }
        return words.count() > 1 && pseudonymWords.contains(joined.toString()); // "Child OSullivan"
    }
}

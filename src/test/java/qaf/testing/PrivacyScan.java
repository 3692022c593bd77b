package qaf.testing;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Looks for a child's name or date of birth in a document's text and metadata. Names are matched
 * after NFC normalisation and case folding, as the full name in either order; dates of birth in the
 * common written forms.
 */
public final class PrivacyScan {
    public record Child(String ref, String givenName, String familyName, LocalDate dateOfBirth) {
    }

    private static final List<DateTimeFormatter> DATE_FORMS = List.of(
            DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK),
            DateTimeFormatter.ofPattern("d/M/yyyy", Locale.UK),
            DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.UK),
            DateTimeFormatter.ofPattern("dd-MM-yyyy", Locale.UK),
            DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.UK),
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK),
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK),
            DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.UK),
            DateTimeFormatter.ofPattern("dd/MM/yy", Locale.UK),
            DateTimeFormatter.ofPattern("yyyyMMdd", Locale.UK));

    private PrivacyScan() {
    }

    /** What was found, as "child REF: name" or "child REF: date of birth"; never the value itself. */
    public static List<String> findings(String text, List<Child> children) {
        return findings(text, children, java.util.Set.of());
    }

    /**
     * As {@link #findings(String, List)}, but a date of birth that is also the date of a record a
     * board document rightly shows (an action's due date, a panel day) is not looked for: in the text
     * the two cannot be told apart. The child's name is still looked for.
     */
    public static List<String> findings(String text, List<Child> children, java.util.Set<LocalDate> recordDates) {
        String haystack = fold(text).replaceAll("\\s+", " ");
        List<String> found = new ArrayList<>();
        for (Child c : children) {
            String given = fold(c.givenName());
            String family = fold(c.familyName());
            if (containsWord(haystack, given + " " + family) || containsWord(haystack, family + ", " + given)
                    || containsWord(haystack, family + " " + given)) {
                found.add("child " + c.ref() + ": name");
            }
            if (recordDates.contains(c.dateOfBirth())) {
                continue;
            }
            for (DateTimeFormatter form : DATE_FORMS) {
                if (containsWord(haystack, fold(form.format(c.dateOfBirth())))) {
                    found.add("child " + c.ref() + ": date of birth");
                    break;
                }
            }
        }
        return found;
    }

    /**
     * {@code needle} in {@code haystack} with no letter or digit touching either end: "4 September
     * 2018" is not in "14 September 2018", a date that is not the child's birthday.
     */
    static boolean containsWord(String haystack, String needle) {
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            int end = at + needle.length();
            boolean before = at > 0 && Character.isLetterOrDigit(haystack.codePointBefore(at));
            boolean after = end < haystack.length() && Character.isLetterOrDigit(haystack.codePointAt(end));
            if (!before && !after) {
                return true;
            }
        }
        return false;
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}

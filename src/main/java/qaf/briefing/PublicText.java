package qaf.briefing;

import qaf.analysis.briefing.BriefingSource;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what a public document must not hold from authored text: exact dates (a date of birth or
 * of a case event reads like any other exact date, so every one goes; a month and year or a year
 * alone stays) and children's full names. What was removed is counted so the document can say so,
 * never repeated.
 */
final class PublicText {
    static final String DATE_WITHHELD = "[date withheld]";
    static final String NAME_WITHHELD = "[name withheld]";

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    /** Day-month-year in figures (any of / . -), ISO, "3rd March 2019", "March 3, 2019", yyyymmdd. */
    private static final Pattern EXACT_DATE = Pattern.compile(
            "(?<![\\p{Alnum}])(?:"
                    + "\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})"
                    + "|\\d{4}-\\d{1,2}-\\d{1,2}"
                    + "|\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?\\s+" + MONTH + "\\.?,?\\s+\\d{4}"
                    + "|" + MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
                    + "|(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])"
                    + ")(?![\\p{Alnum}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final List<Pattern> names;

    PublicText(List<BriefingSource.ChildName> children) {
        List<Pattern> patterns = new ArrayList<>();
        for (BriefingSource.ChildName c : children) {
            String given = words(c.givenName());
            String family = words(c.familyName());
            if (given.isEmpty() || family.isEmpty()) {
                continue;
            }
            // Either order, as the privacy scan looks for them: "Given Family", "Family, Given", "Family Given".
            patterns.add(Pattern.compile("(?<!\\p{L})(?:" + given + "\\s+" + family + "|" + family + ",?\\s+"
                    + given + ")(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        this.names = List.copyOf(patterns);
    }

    /** The cleaned text and how many dates and names were taken out. */
    record Cleaned(String text, int dates, int names) {
        boolean changed() {
            return dates + names > 0;
        }
    }

    Cleaned clean(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        int nameCount = 0;
        for (Pattern p : names) {
            Matcher m = p.matcher(s);
            int before = countMatches(m);
            if (before > 0) {
                nameCount += before;
                s = p.matcher(s).replaceAll(Matcher.quoteReplacement(NAME_WITHHELD));
            }
        }
        Matcher dates = EXACT_DATE.matcher(s);
        int dateCount = countMatches(dates);
        if (dateCount > 0) {
            s = EXACT_DATE.matcher(s).replaceAll(Matcher.quoteReplacement(DATE_WITHHELD));
        }
        return new Cleaned(s, dateCount, nameCount);
    }

    private static int countMatches(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** A name as a pattern: its words quoted, any run of spaces between them. */
    private static String words(String name) {
        String n = name == null ? "" : Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        if (n.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String w : n.split("\\s+")) {
            parts.add(Pattern.quote(w));
        }
        return String.join("\\s+", parts);
    }
}

package qaf.privacy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the children's dates of birth however they are written. Three patterns (not one per
 * child) find every date-like run in the text; each is read as a date and looked up among the
 * dates of birth, so an ordinary date never hits unless it is a child's birthday.
 */
final class DateFinder {
    /** Any space, no-break and narrow spaces included. */
    private static final String SP = "[\\s\\p{Z}\\u200B]";
    private static final String DASH = Words.DASHES.replace("-", "\\-");
    /** Between the numbers of a numeric date: / - . or any dash, with spaces around, or spaces alone. */
    private static final String NUM_SEP = "(?:" + SP + "*[/." + DASH + "]" + SP + "*|" + SP + "+)";
    /** Between a month name and a number: spaces and at most one of / - . , or a dash. */
    private static final String NAME_SEP = SP + "*[/.," + DASH + "]?" + SP + "*";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final String MONTH = "(?<![\\p{L}])(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?"
            + "|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?(?![\\p{L}])";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** 14/02/2009, 14.2.09, 14 - 02 - 2009, 2009-02-14, 2009/02/14. */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<!\\p{N})(\\d{1,4})" + NUM_SEP + "(\\d{1,2})" + NUM_SEP + "(\\d{1,4})(?!\\p{N})", FLAGS);
    /** 14 Feb 2009, 14-Feb-2009, 14th February 09, 14th of February, 2009. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<!\\p{N})(\\d{1,2})" + ORDINAL
            + "(?:" + NAME_SEP + "|" + SP + "+of" + SP + "+)" + MONTH + NAME_SEP + "(\\d{4}|\\d{2})(?!\\p{N})", FLAGS);
    /** February 14th, 2009; Feb 14 2009; Feb-14-09. */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + NAME_SEP + "(\\d{1,2})" + ORDINAL
            + "(?:" + SP + "*[,/." + DASH + "]" + SP + "*|" + SP + "+)(\\d{4}|\\d{2})(?!\\p{N})", FLAGS);
    /** 2009 Feb 14, 2009-Feb-14th. */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(?<!\\p{N})(\\d{4})" + NAME_SEP + MONTH + NAME_SEP
            + "(\\d{1,2})" + ORDINAL + "(?![\\p{N}\\p{L}])", FLAGS);

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int m = 0; m < names.length; m++) {
            MONTHS.put(names[m], m + 1);
        }
    }

    /** Child refs by date key: {@link #key} of the full date and of the date with a two-digit year. */
    private final Map<Integer, TreeSet<String>> byDate = new HashMap<>();

    DateFinder(List<ChildIdentity> children) {
        for (ChildIdentity c : children) {
            LocalDate d = c.dateOfBirth();
            byDate.computeIfAbsent(key(d.getYear(), d.getMonthValue(), d.getDayOfMonth()), k -> new TreeSet<>())
                    .add(c.childRef());
            byDate.computeIfAbsent(key(d.getYear() % 100 - 100, d.getMonthValue(), d.getDayOfMonth()),
                    k -> new TreeSet<>()).add(c.childRef());
        }
    }

    /** A two-digit year is stored as {@code yy - 100}, so it can never equal a four-digit one. */
    private static int key(int year, int month, int day) {
        return (year * 100 + month) * 100 + day;
    }

    /** The children whose date of birth this is (a date written with a two-digit year matches any century). */
    List<String> childrenBornOn(int year, int yearDigits, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return List.of();
        }
        int y = yearDigits == 2 ? year - 100 : year;
        TreeSet<String> refs = byDate.get(key(y, month, day));
        return refs == null ? List.of() : List.copyOf(refs);
    }

    void find(String text, Consumer<Hit> sink) {
        if (byDate.isEmpty() || !hasDigit(text)) {
            return;
        }
        List<Hit> hits = new ArrayList<>();
        scan(NUMERIC, text, hits, this::numeric);
        scan(DAY_MONTH_YEAR, text, hits, m -> named(m.group(3), m.group(2), m.group(1)));
        scan(MONTH_DAY_YEAR, text, hits, m -> named(m.group(3), m.group(1), m.group(2)));
        scan(YEAR_MONTH_DAY, text, hits, m -> named(m.group(1), m.group(2), m.group(3)));
        hits.forEach(sink);
    }

    private interface Reading {
        List<String> children(Matcher m);
    }

    /**
     * Every match of {@code pattern} that is a date of birth. A match that is not one is retried one
     * character on, so "ref 12 14 02 2009" still finds the date after the spaced reference.
     */
    private static void scan(Pattern pattern, String text, List<Hit> hits, Reading reading) {
        Matcher m = pattern.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            List<String> refs = reading.children(m);
            if (refs.isEmpty()) {
                from = m.start() + 1;
                continue;
            }
            hits.add(new Hit(Hit.Kind.DATE_OF_BIRTH, refs, m.start(), m.end()));
            from = m.end();
        }
    }

    /**
     * Year first when the first number has four digits (ISO, 2009/02/14); otherwise day, month,
     * year as in the UK; and month, day, year when only that reading is a date (02/14/2009).
     */
    private List<String> numeric(Matcher m) {
        String a = m.group(1);
        String b = m.group(2);
        String c = m.group(3);
        if (a.length() == 4) {
            return c.length() <= 2 ? born(a, b, c) : List.of();
        }
        if (a.length() > 2 || c.length() != 2 && c.length() != 4) {
            return List.of();
        }
        int first = Integer.parseInt(a);
        int second = Integer.parseInt(b);
        return second > 12 && first <= 12 ? born(c, a, b) : born(c, b, a);
    }

    private List<String> named(String year, String monthName, String day) {
        Integer month = MONTHS.get(monthName.substring(0, 3).toLowerCase(Locale.ROOT));
        return month == null ? List.of() : childrenBornOn(Integer.parseInt(year), year.length(), month,
                Integer.parseInt(day));
    }

    /** No calendar check is needed: only a real date of birth can be found. */
    private List<String> born(String year, String month, String day) {
        return childrenBornOn(Integer.parseInt(year), year.length(), Integer.parseInt(month), Integer.parseInt(day));
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}

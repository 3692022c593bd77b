package qaf.privacy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A generated corpus of the ways people write a child's name and date of birth, over invented
 * children of many heritages. Each variant knows which child it names, how much of it the hit must
 * span and what the board text must read after replacement. Plain spellings ("Zoe" for "Zoë") are
 * written by hand here, not computed with the code under test.
 */
final class PrivacyCorpus {
    /** How a lone name part is treated (see the package documentation). */
    enum Lone { ANY, CAPITALISED, AFTER_TITLE }

    record Child(String ref, String given, String family, String plainGiven, String plainFamily, LocalDate born,
            String pseudonym, Lone givenRule, Lone familyRule) {
        ChildIdentity identity() {
            return new ChildIdentity(ref, given, family, born, pseudonym);
        }
    }

    /**
     * One way of writing a child's identity.
     *
     * @param lead characters of {@code text} before the hit (a title: "Mrs ")
     * @param span how many characters of {@code text}, after {@code lead}, the hit must cover
     * @param replaced what {@code text} must read as after the board replacement
     * @param midSentenceOnly a common-word name alone: counts only where a capital is not the sentence's
     */
    record Variant(String family, String text, int lead, int span, Hit.Kind kind, String childRef, String replaced,
            boolean midSentenceOnly) {
    }

    static final LocalDate AS_AT = LocalDate.of(2019, 3, 31);

    static final List<Child> CHILDREN = List.of(
            new Child("CH01", "Zoë", "Kowalska", "Zoe", "Kowalska", LocalDate.of(2009, 2, 14), "Child A",
                    Lone.ANY, Lone.ANY),
            new Child("CH02", "Łukasz", "Wiśniewski", "Lukasz", "Wisniewski", LocalDate.of(2011, 11, 3), "Child B",
                    Lone.ANY, Lone.ANY),
            new Child("CH03", "Ayesha", "Bashir-Khan", "Ayesha", "Bashir-Khan", LocalDate.of(2007, 7, 1), "Child C",
                    Lone.ANY, Lone.ANY),
            new Child("CH04", "Tanvir", "Chowdhury", "Tanvir", "Chowdhury", LocalDate.of(2013, 12, 25), "Child D",
                    Lone.ANY, Lone.ANY),
            new Child("CH05", "Siobhán", "O'Brien", "Siobhan", "O'Brien", LocalDate.of(2010, 5, 9), "Child E",
                    Lone.ANY, Lone.ANY),
            new Child("CH06", "Đức", "Trần", "Duc", "Tran", LocalDate.of(2012, 3, 30), "Child F", Lone.ANY, Lone.ANY),
            new Child("CH07", "Hope", "Bell", "Hope", "Bell", LocalDate.of(2015, 8, 17), "Child G",
                    Lone.CAPITALISED, Lone.CAPITALISED),
            new Child("CH08", "Will", "Long", "Will", "Long", LocalDate.of(2008, 10, 22), "Child H",
                    Lone.CAPITALISED, Lone.CAPITALISED),
            new Child("CH09", "Søren", "Weiß", "Soren", "Weiss", LocalDate.of(2014, 1, 6), "Child I", Lone.ANY, Lone.ANY),
            new Child("CH10", "Aoife", "Ní Bhriain", "Aoife", "Ni Bhriain", LocalDate.of(2006, 4, 11), "Child J",
                    Lone.ANY, Lone.ANY),
            new Child("CH11", "Chloé", "Adeyemi-Okafor", "Chloe", "Adeyemi-Okafor", LocalDate.of(2016, 6, 2),
                    "Child K", Lone.ANY, Lone.ANY),
            new Child("CH12", "Oluwaseun", "Davies", "Oluwaseun", "Davies", LocalDate.of(2005, 9, 19), "Child L",
                    Lone.ANY, Lone.ANY),
            new Child("CH13", "May", "Ali", "May", "Ali", LocalDate.of(2017, 12, 31), "Child M",
                    Lone.AFTER_TITLE, Lone.ANY),
            new Child("CH14", "Hằng", "Hoàng", "Hang", "Hoang", LocalDate.of(2004, 1, 28), "Child N",
                    Lone.CAPITALISED, Lone.ANY),
            new Child("CH15", "Alice", "Æsling", "Alice", "Aesling", LocalDate.of(2018, 6, 21), "Child O",
                    Lone.ANY, Lone.ANY));

    static List<ChildIdentity> identities() {
        return CHILDREN.stream().map(Child::identity).toList();
    }

    private static final String[] SPACES = {" ", "  ", "\u00A0", "\u202F", "\u2009", "\u2007", "\t", "\n", "\r\n",
        " \n  ", "\u00A0\n", "\u3000"};
    private static final String[] DASHES = {"-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212",
        " - ", " \u2013 ", "\u00A0\u2014\u00A0", " "};
    private static final String[] APOSTROPHES = {"'", "\u2019", "\u02BC", "\u2032", "\u2018", ""};

    private final Map<String, Variant> variants = new LinkedHashMap<>();

    static List<Variant> variants() {
        PrivacyCorpus corpus = new PrivacyCorpus();
        for (Child c : CHILDREN) {
            corpus.names(c);
            corpus.dates(c);
        }
        return List.copyOf(corpus.variants.values());
    }

    private void add(String family, String text, int span, Hit.Kind kind, Child c, String replaced, boolean mid) {
        add(family, text, 0, span, kind, c, replaced, mid);
    }

    private void add(String family, String text, int lead, int span, Hit.Kind kind, Child c, String replaced,
            boolean mid) {
        variants.putIfAbsent(family + "|" + text, new Variant(family, text, lead, span, kind, c.ref(), replaced, mid));
    }

    private void full(String family, Child c, String text) {
        add(family, text, text.length(), Hit.Kind.FULL_NAME, c, c.pseudonym(), false);
    }

    /** A name part alone; one that counts only after a title has its own variants (see {@link #commonWords}). */
    private void lone(String family, Child c, String text, Lone rule) {
        if (rule == Lone.AFTER_TITLE) {
            return;
        }
        add(family, text, text.length(), Hit.Kind.NAME, c, c.pseudonym(), rule != Lone.ANY);
    }

    private void names(Child c) {
        String g = c.given();
        String f = c.family();
        for (Normalizer.Form form : Normalizer.Form.values()) {
            full("unicode-form", c, Normalizer.normalize(g + " " + f, form));
            if (c.givenRule() == Lone.ANY) {
                lone("unicode-form", c, Normalizer.normalize(g, form), Lone.ANY);
            }
        }
        full("without-accents", c, c.plainGiven() + " " + c.plainFamily());
        full("without-accents", c, c.plainGiven() + " " + f);
        if (c.familyRule() == Lone.ANY) {
            lone("without-accents", c, c.plainFamily(), Lone.ANY);
        }
        for (String space : SPACES) {
            full("spaces-and-line-breaks", c, g + space + f);
            full("spaces-and-line-breaks", c, c.plainGiven() + space + c.plainFamily());
        }
        if (f.contains("-")) {
            for (String dash : DASHES) {
                full("dashes", c, g + " " + f.replace("-", dash));
                lone("dashes", c, f.replace("-", dash), Lone.ANY);
            }
            full("dashes", c, g + " " + f.replace("-", ""));
            for (String piece : f.split("-")) {
                lone("dashes", c, piece, Lone.ANY);
            }
        }
        if (f.contains("'")) {
            for (String apostrophe : APOSTROPHES) {
                full("apostrophes-in-names", c, g + " " + f.replace("'", apostrophe));
                lone("apostrophes-in-names", c, f.replace("'", apostrophe), Lone.ANY);
            }
            full("apostrophes-in-names", c, g + " " + f.replace("'", " "));
        }
        possessives(c);
        full("letter-case", c, (g + " " + f).toLowerCase(Locale.ROOT));
        full("letter-case", c, (g + " " + f).toUpperCase(Locale.ROOT));
        full("letter-case", c, (c.plainGiven() + " " + c.plainFamily()).toUpperCase(Locale.ROOT));
        full("letter-case", c, alternateCase(g + " " + f));
        full("family-name-first", c, f.toUpperCase(Locale.ROOT) + ", " + g);
        full("family-name-first", c, f + " " + g);
        full("family-name-first", c, f + ",\u00A0" + c.plainGiven());
        lone("given-name-alone", c, g, c.givenRule());
        lone("given-name-alone", c, c.plainGiven(), c.givenRule());
        lone("family-name-alone", c, f, c.familyRule());
        if (c.givenRule() == Lone.ANY) {
            lone("given-name-alone", c, g.toLowerCase(Locale.ROOT), Lone.ANY);
            lone("given-name-alone", c, g.toUpperCase(Locale.ROOT), Lone.ANY);
        }
        if (c.familyRule() == Lone.ANY) {
            lone("family-name-alone", c, f.toUpperCase(Locale.ROOT), Lone.ANY);
        }
        if (f.contains(" ")) { // "Ní Bhriain": the name without its particle
            lone("family-name-alone", c, f.substring(f.indexOf(' ') + 1), Lone.ANY);
        }
        if (c.givenRule() != Lone.ANY || c.familyRule() != Lone.ANY) {
            commonWords(c);
        }
    }

    private void possessives(Child c) {
        String g = c.given();
        String f = c.family();
        for (String apostrophe : new String[] {"'", "\u2019", "\u02BC"}) {
            String name = g + " " + f;
            add("possessives", name + apostrophe + "s", name.length(), Hit.Kind.FULL_NAME, c,
                    c.pseudonym() + apostrophe + "s", false);
            if (c.givenRule() == Lone.ANY) {
                add("possessives", g + apostrophe + "s", g.length(), Hit.Kind.NAME, c, c.pseudonym() + apostrophe + "s",
                        false);
            }
            if (f.endsWith("s")) { // "Davies' mother" reads "Child L's mother"
                add("possessives", f + apostrophe, f.length(), Hit.Kind.NAME, c, c.pseudonym() + apostrophe + "s",
                        false);
                add("possessives", name + apostrophe, name.length(), Hit.Kind.FULL_NAME, c,
                        c.pseudonym() + apostrophe + "s", false);
            }
        }
    }

    /** A name that is also a word: full names in any case; alone, capitalised mid-sentence or after a title. */
    private void commonWords(Child c) {
        String g = c.given();
        String f = c.family();
        full("common-word-names", c, (g + " " + f).toLowerCase(Locale.ROOT));
        full("common-word-names", c, f.toLowerCase(Locale.ROOT) + ", " + g.toLowerCase(Locale.ROOT));
        for (String title : new String[] {"Mrs ", "Mr. ", "Ms ", "Dr ", "Miss ", "MRS "}) {
            for (String name : new String[] {f, g.toLowerCase(Locale.ROOT), g}) {
                add("common-word-names", title + name, title.length(), name.length(), Hit.Kind.NAME, c,
                        title + c.pseudonym(), false);
            }
        }
        for (boolean given : new boolean[] {true, false}) {
            String name = given ? g : f;
            if ((given ? c.givenRule() : c.familyRule()) == Lone.CAPITALISED) {
                lone("common-word-names", c, name, Lone.CAPITALISED);
                add("common-word-names", name + "\u2019s", name.length(), Hit.Kind.NAME, c,
                        c.pseudonym() + "\u2019s", true);
            }
        }
    }

    private void dates(Child c) {
        LocalDate d = c.born();
        List<String> numeric = new ArrayList<>();
        for (String sep : new String[] {"/", "-", ".", " ", " / ", " - ", "\u2013", "\u00A0"}) {
            for (String day : new String[] {pad(d.getDayOfMonth()), String.valueOf(d.getDayOfMonth())}) {
                for (String month : new String[] {pad(d.getMonthValue()), String.valueOf(d.getMonthValue())}) {
                    numeric.add(day + sep + month + sep + d.getYear());
                    numeric.add(day + sep + month + sep + pad(d.getYear() % 100));
                    numeric.add(d.getYear() + sep + month + sep + day);
                }
            }
        }
        if (d.getDayOfMonth() > 12) { // only then can month-first be told from day-first
            numeric.add(pad(d.getMonthValue()) + "/" + pad(d.getDayOfMonth()) + "/" + d.getYear());
        }
        for (String text : numeric) {
            date("dates-of-birth-numeric", c, text);
        }
        String ordinal = d.getDayOfMonth() + ordinal(d.getDayOfMonth());
        String longMonth = d.format(DateTimeFormatter.ofPattern("MMMM", Locale.UK));
        String shortMonth = longMonth.substring(0, 3);
        String yy = pad(d.getYear() % 100);
        int y = d.getYear();
        int day = d.getDayOfMonth();
        List<String> named = new ArrayList<>(List.of(
                day + " " + shortMonth + " " + y, day + " " + longMonth + " " + y, pad(day) + "-" + shortMonth + "-" + y,
                day + " " + longMonth + " " + yy, day + "-" + shortMonth + "-" + yy, ordinal + " " + longMonth + " " + y,
                ordinal + " of " + longMonth + " " + y, ordinal + " of " + longMonth + ", " + y,
                longMonth + " " + ordinal + ", " + y, longMonth + " " + day + ", " + y, shortMonth + " " + day + " " + y,
                shortMonth + ". " + day + ", " + y, shortMonth + " " + ordinal + " " + yy,
                (day + " " + shortMonth + " " + y).toUpperCase(Locale.ROOT),
                (ordinal + " " + longMonth + " " + y).toLowerCase(Locale.ROOT),
                day + " " + shortMonth.toLowerCase(Locale.ROOT) + ". " + yy,
                y + " " + shortMonth + " " + day, y + "-" + shortMonth + "-" + pad(day),
                day + "\u00A0" + longMonth + "\u00A0" + y, day + "\u202F" + shortMonth + "\u202F" + y,
                day + shortMonth + y, ordinal.toUpperCase(Locale.ROOT) + " " + longMonth.toUpperCase(Locale.ROOT) + " " + y));
        if (d.getMonthValue() == 9) {
            named.add(day + " Sept " + y);
            named.add("Sept. " + day + ", " + y);
        }
        for (String text : named) {
            date("dates-of-birth-month-names", c, text);
        }
    }

    private void date(String family, Child c, String text) {
        String band = qaf.analysis.evaluation.AgeBand.at(c.born(), AS_AT).label();
        add(family, text, text.length(), Hit.Kind.DATE_OF_BIRTH, c, "aged " + band, false);
    }

    private static String pad(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    private static String ordinal(int day) {
        if (day % 100 >= 11 && day % 100 <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    private static String alternateCase(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            b.append(i % 2 == 0 ? Character.toLowerCase(ch) : Character.toUpperCase(ch));
        }
        return b.toString();
    }
}

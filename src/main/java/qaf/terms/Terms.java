package qaf.terms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The partnership's own words for the bodies, roles and processes the framework names (terms.csv,
 * DATA-FORMAT.md Version 2), over the reference framework's (2018) words: {@code word("board")} is
 * the partnership's word when it gave one, else "Local Safeguarding Children Board".
 */
public final class Terms {
    /** The reference framework's words, by term, in the contract's order. */
    public static final Map<String, String> DEFAULTS = defaults();

    /** The terms a dataset may give, in the contract's order. */
    public static final List<String> TERMS = List.copyOf(DEFAULTS.keySet());

    /** The framework's own words: what a partnership without terms.csv reads. */
    public static final Terms FRAMEWORK = new Terms(Map.of());

    private final Map<String, String> words;

    /**
     * @param given the partnership's words by term; every key must be one of {@link #TERMS}
     * @throws IllegalArgumentException for an unknown term (the ingest refuses one before this)
     */
    public Terms(Map<String, String> given) {
        for (String term : given.keySet()) {
            if (!DEFAULTS.containsKey(term)) {
                throw new IllegalArgumentException("unknown term " + term + "; the terms are " + TERMS);
            }
        }
        Map<String, String> all = new LinkedHashMap<>(DEFAULTS);
        all.putAll(given);
        this.words = Map.copyOf(all);
    }

    /** The word documents use for {@code term}. */
    public String word(String term) {
        String word = words.get(term);
        if (word == null) {
            throw new IllegalArgumentException("unknown term " + term + "; the terms are " + TERMS);
        }
        return word;
    }

    /**
     * The partnership's word for {@code term} if it gave one, else {@code frameworkWording}: how this
     * place has always written the framework's word (in lower case mid-sentence, a short form like
     * "national panel" or "the board"), so a partnership without terms.csv reads what it always read.
     */
    public String word(String term, String frameworkWording) {
        return isOwn(term) ? word(term) : frameworkWording;
    }

    /**
     * The short form of {@code term}: the initials of the capitalised words of the partnership's word
     * ("Child Safeguarding Practice Review" is CSPR) if it gave one, else {@code frameworkAbbreviation}
     * ("SCR").
     */
    public String abbreviation(String term, String frameworkAbbreviation) {
        if (!isOwn(term)) {
            return frameworkAbbreviation;
        }
        StringBuilder initials = new StringBuilder();
        for (String part : word(term).split("[\\s-]+")) {
            if (!part.isEmpty() && Character.isUpperCase(part.codePointAt(0))) {
                initials.appendCodePoint(part.codePointAt(0));
            }
        }
        return initials.length() < 2 ? word(term) : initials.toString();
    }

    /** Whether the partnership's word for {@code term} is its own rather than the framework's. */
    public boolean isOwn(String term) {
        return !word(term).equals(DEFAULTS.get(term));
    }

    /** The body the subgroups report to ("Local Safeguarding Children Board"). */
    public String board() {
        return word("board");
    }

    /** The subgroup that screens cases and oversees reviews ("Serious Case Review subgroup"). */
    public String scrSubgroup() {
        return word("scr-subgroup");
    }

    /** The subgroup that runs the case evaluations and audits ("Audit and Scrutiny subgroup"). */
    public String auditSubgroup() {
        return word("audit-subgroup");
    }

    /** The subgroup that runs learning events ("Training subgroup"). */
    public String trainingSubgroup() {
        return word("training-subgroup");
    }

    /** "LSCB business manager". */
    public String businessManager() {
        return word("business-manager");
    }

    /** The board's independent chair, or under Working Together 2023 its independent scrutineer. */
    public String independentChair() {
        return word("independent-chair");
    }

    /** "Quality Assurance Service manager". */
    public String qaServiceManager() {
        return word("qa-service-manager");
    }

    /** "LSCB performance analyst". */
    public String performanceAnalyst() {
        return word("performance-analyst");
    }

    /** The national review panel ("National Panel"; since 2018 the Child Safeguarding Practice Review Panel). */
    public String nationalPanel() {
        return word("national-panel");
    }

    /** The local review the framework's criteria lead to ("Serious Case Review"). */
    public String seriousCaseReview() {
        return word("serious-case-review");
    }

    /**
     * {@code word} as the first word of a sentence or table cell: its first letter upper case, the
     * rest as the partnership wrote it ("independent scrutineer" opens a sentence as "Independent scrutineer").
     */
    public static String capitalised(String word) {
        if (word.isEmpty()) {
            return word;
        }
        int first = word.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(word, Character.charCount(first), word.length()).toString();
    }

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("board", "Local Safeguarding Children Board");
        d.put("scr-subgroup", "Serious Case Review subgroup");
        d.put("audit-subgroup", "Audit and Scrutiny subgroup");
        d.put("training-subgroup", "Training subgroup");
        d.put("business-manager", "LSCB business manager");
        d.put("independent-chair", "Independent Chair");
        d.put("qa-service-manager", "Quality Assurance Service manager");
        d.put("performance-analyst", "LSCB performance analyst");
        d.put("national-panel", "National Panel");
        d.put("serious-case-review", "Serious Case Review");
        return java.util.Collections.unmodifiableMap(d);
    }
}

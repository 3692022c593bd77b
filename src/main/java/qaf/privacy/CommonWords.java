package qaf.privacy;

import java.util.List;
import java.util.Set;

/**
 * Names that are also ordinary words, and the rule each follows when it stands alone (see the
 * package documentation). A declarative table: the lists are folded keys.
 */
final class CommonWords {
    private CommonWords() {
    }

    /** How much a lone name part needs around it to count as naming a child. */
    enum Tier {
        /** Counts as a whole word in any case: "zainab", "ZAINAB", "Zainab". */
        ANY,
        /** A common word: counts when written capitalised and not at the start of a sentence or line, or after a title. */
        CAPITALISED,
        /** Written capitalised anyway (a month, a faith, a title): counts only after a title ("Mrs Islam"). */
        AFTER_TITLE
    }

    /** Titles before a name: "Mrs May", "Dr. Hill". */
    static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "miss", "mx", "dr", "master", "mister", "madam", "sir", "dame");

    /** Particles of a name part ("Ó Súilleabháin", "bin Rashid"): never a name on their own. */
    static final Set<String> PARTICLES = Set.of(
            "o", "oh", "ua", "mc", "mac", "ni", "nic", "nig", "de", "del", "della", "der", "den", "di", "da", "do",
            "dos", "das", "du", "la", "le", "van", "von", "ter", "ten", "bin", "binti", "bint", "ibn", "al", "el",
            "ul", "ud", "ap", "ab", "st", "y");

    /**
     * Capitalised in ordinary prose whatever they mean: months and weekdays (and their short forms),
     * faiths, nationalities, titles of office. Typed alone they are far more often the word.
     */
    private static final Set<String> ALWAYS_CAPITALISED = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
            "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "islam", "christian", "christmas", "easter",
            "eid", "diwali", "english", "british", "irish", "scottish", "welsh", "polish", "lord", "lady", "king",
            "queen", "prince", "princess", "duke", "earl", "bishop", "pope", "god", "allah", "ofsted", "nhs");

    /**
     * Names that are also common English words (and Vietnamese, Chinese or Korean names that spell
     * one once accents are dropped: Hằng → "hang", Sơn → "son"). Not exhaustive; names of one or two
     * letters are treated the same way without being listed.
     */
    private static final Set<String> WORDS = Set.copyOf(List.of(
            // given names
            "hope", "grace", "faith", "joy", "charity", "patience", "honour", "honor", "mercy", "prudence",
            "constance", "felicity", "verity", "blessing", "precious", "promise", "destiny", "harmony",
            "melody", "liberty", "justice", "trinity", "unique", "genesis", "miracle", "favour", "gift",
            "rose", "lily", "daisy", "holly", "ivy", "poppy", "iris", "violet", "jasmine", "heather", "hazel",
            "olive", "willow", "fern", "ruby", "amber", "jade", "pearl", "crystal", "coral", "jewel", "gem",
            "summer", "autumn", "winter", "spring", "dawn", "eve", "sky", "skye", "storm", "river", "rain",
            "star", "sunny", "sandy", "rusty", "ginger", "will", "mark", "bill", "pat", "sue", "jack", "rob",
            "bob", "frank", "ray", "rich", "art", "guy", "max", "jay", "robin", "wren", "chase", "hunter",
            "mason", "cooper", "archer", "carter", "miles", "reed", "cliff", "dale", "glen", "heath", "lane",
            "brook", "angel", "sterling", "noble", "major", "earnest", "ernest", "norman", "victor", "page",
            "nova", "echo", "journey", "legend", "royal", "sonny", "bunny", "honey", "pip", "kit",
            // family names
            "bell", "young", "hill", "long", "short", "little", "small", "white", "black", "brown", "green",
            "grey", "gray", "stone", "wood", "woods", "hall", "rice", "cook", "baker", "miller", "price", "cross",
            "love", "best", "bright", "strong", "hart", "hunt", "moss", "street", "north", "south", "west",
            "east", "hardy", "wise", "gold", "silver", "snow", "frost", "fox", "wolf", "lamb", "crane", "swan",
            "bird", "hawk", "finch", "drake", "steel", "iron", "bush", "marsh", "banks", "bank", "pond", "lake",
            "shore", "sea", "well", "wells", "castle", "church", "chapel", "mills", "mill", "knight", "friend",
            "law", "power", "field", "fields", "ford", "forest", "grant", "parish", "brooks",
            "dean", "chance", "fuller", "turner", "walker", "weaver", "potter", "mayor", "sharp", "sweet",
            "moon", "day", "knot", "lovely", "wild", "house", "harbour", "parks", "park",
            // Vietnamese, Chinese and Korean names once folded
            "hang", "son", "van", "tan", "tam", "nam", "sang", "hung", "dung", "hoa", "thi", "an", "lam",
            "thu", "chi", "hop", "hue", "ha", "ho", "le", "ly", "lo", "ma", "mo", "wan", "ping", "bo", "gang",
            "ken", "kim", "lee", "sung", "woo", "yang", "lin", "chan", "ng", "do"));

    /** The tier of a lone name part with this folded key. */
    static Tier tier(String key) {
        if (ALWAYS_CAPITALISED.contains(key)) {
            return Tier.AFTER_TITLE;
        }
        if (WORDS.contains(key) || key.codePointCount(0, key.length()) <= 2) {
            return Tier.CAPITALISED;
        }
        return Tier.ANY;
    }
}

package qaf.generate;

/**
 * Who the generated partnership is: invented area and county names, the prefix that keeps its
 * refs and agency codes apart from other partnerships generated alongside it, and its short code
 * (partnership.csv's {@code code}, which names its database in a region store; empty for the
 * sample, whose committed files predate the column).
 */
record PartnershipProfile(String area, String county, String prefix, String code, boolean sample) {
    String name() {
        return area + " Local Safeguarding Children Board";
    }

    String shortName() {
        return area + " LSCB";
    }

    boolean hasCode() {
        return !code.isEmpty();
    }
}

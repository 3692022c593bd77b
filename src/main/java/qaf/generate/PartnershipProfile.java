package qaf.generate;

/**
 * Who the generated partnership is: invented area and county names, and the prefix that keeps its
 * refs and agency codes apart from other partnerships generated alongside it.
 */
record PartnershipProfile(String area, String county, String prefix, boolean sample) {
    String name() {
        return area + " Local Safeguarding Children Board";
    }

    String shortName() {
        return area + " LSCB";
    }
}

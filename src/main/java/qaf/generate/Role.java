package qaf.generate;

/** What an agency does in the story of a case; decides its chronology sources and events. */
enum Role {
    POLICE("police"),
    SOCIAL_CARE("social-care"),
    LEAVING_CARE("social-care"),
    EARLY_HELP("early-help"),
    CCG("health"),
    HOSPITAL("health"),
    COMMUNITY_HEALTH("health"),
    CAMHS("health"),
    GP("health"),
    AMBULANCE("health"),
    PROBATION("probation"),
    REHABILITATION("probation"),
    YOUTH_JUSTICE("youth-justice"),
    HOUSING("housing"),
    DOMESTIC_ABUSE("voluntary"),
    YOUTH_PROJECT("voluntary"),
    SUBSTANCE_MISUSE("other"),
    ADULT_SOCIAL_CARE("other"),
    SCHOOLS_LEAD("education"),
    SCHOOL("education");

    private final String sector;

    Role(String sector) {
        this.sector = sector;
    }

    String sector() {
        return sector;
    }

    boolean isHealth() {
        return sector.equals("health");
    }
}

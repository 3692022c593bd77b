package qaf.analysis.audit;

import java.util.List;

/** The names of the Section 11 standards and school audit areas (DATA-FORMAT.md, framework section 6). */
public final class AuditLabels {
    public static final int STANDARDS = 8;
    public static final int AREAS = 14;

    private static final List<String> STANDARD_NAMES = List.of(
            "Leadership and accountability",
            "Policies and procedures",
            "Recruitment and selection",
            "Staff induction, training and development",
            "Complaints, allegations and whistleblowing",
            "Information sharing, communication and confidentiality",
            "Listening to children and young people",
            "Equality of opportunity");

    private static final List<String> AREA_NAMES = List.of(
            "Senior designated person",
            "Staff induction, training and development",
            "Information to staff",
            "Pupils",
            "Risk assessment",
            "Record keeping",
            "Parents",
            "Curriculum",
            "Multi-agency safeguarding meetings",
            "Governors",
            "Recruitment and selection of staff",
            "Allegations and complaints against staff",
            "Other adults in school",
            "Links with other agencies");

    private AuditLabels() {
    }

    /** Standard 1–8's name, e.g. 1 → "Leadership and accountability". */
    public static String standardName(int standard) {
        if (standard < 1 || standard > STANDARDS) {
            throw new IllegalArgumentException("a Section 11 standard is 1-8, not " + standard);
        }
        return STANDARD_NAMES.get(standard - 1);
    }

    /** School audit area 1–14's name, e.g. 5 → "Risk assessment". */
    public static String areaName(int area) {
        if (area < 1 || area > AREAS) {
            throw new IllegalArgumentException("a school audit area is 1-14, not " + area);
        }
        return AREA_NAMES.get(area - 1);
    }
}

package qaf.generate;

/** The evaluation themes of the 2018-19 framework timetable and the condensed evaluations. */
enum Theme {
    EXPLOITATION("Children associated with gangs and at risk of exploitation"),
    ASSESSMENT("Quality of assessments and management oversight"),
    FAMILIAL_CSA("Child sexual abuse within a familial context"),
    MISSING_EDUCATION("Children missing education"),
    NEGLECT("Neglect: children not brought to health appointments");

    private final String title;

    Theme(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }
}

package qaf.analysis.evaluation;

import qaf.codes.Coded;

/**
 * A case's type as the dataset codes it ({@code evaluation_cases.case_type}) and as a board reads it:
 * the one place the evaluation documents take the words from.
 */
public enum CaseType implements Coded {
    EARLY_HELP("early-help", "Early help"),
    ASSESSMENT("assessment", "Assessment"),
    CHILD_IN_NEED("cin", "Child in need"),
    CHILD_PROTECTION("cp", "Child protection"),
    CHILD_IN_CARE("cic", "Child in care"),
    CARE_LEAVER("care-leaver", "Care leaver"),
    ADOPTION("adoption", "Adoption");

    private final String id;
    private final String label;

    CaseType(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /**
     * The label of the type coded {@code id}; a code the dataset format does not know is shown as
     * stored (ingest refuses one, so only hand-built data can carry it), never dropped.
     */
    public static String labelOf(String id) {
        for (CaseType t : values()) {
            if (t.id.equals(id)) {
                return t.label;
            }
        }
        return id;
    }
}

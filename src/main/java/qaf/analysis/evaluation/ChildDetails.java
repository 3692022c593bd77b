package qaf.analysis.evaluation;

import java.util.Objects;

/**
 * Restricted personal data of a child in an evaluation's sample, for case-audience documents only
 * (the close-the-loop form's "case details copied from audit"). Kept apart from
 * {@link EvaluationCase} so that a board document cannot show a name by accident. Gender,
 * ethnicity and religion may be null.
 */
public record ChildDetails(String childRef, String givenName, String familyName, String gender, String ethnicity,
        String religion) {
    public ChildDetails {
        Objects.requireNonNull(childRef, "childRef");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
    }

    @Override
    public String toString() {
        // Records print every field; a stray log line must not carry a child's name.
        return "ChildDetails[" + childRef + "]";
    }
}

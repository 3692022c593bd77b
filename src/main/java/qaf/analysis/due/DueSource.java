package qaf.analysis.due;

import java.util.Objects;

/**
 * The document a clock is reported in, named by what it reports, not by a document kind: the
 * analysis knows nothing of kinds or files; the front page finds the document.
 *
 * @param ref the evaluation ref, Section 11 cycle, single agency audit year, or "school-audit-" and the
 *     schools' audit cycle (the schools overview's ref); the reporting year's
 *     label for the reviews and the action register, which are reported once a year
 */
public record DueSource(Report report, String ref) {
    public enum Report { REVIEWS, EVALUATION, SECTION_11, SCHOOLS_AUDIT, SINGLE_AGENCY_AUDITS, ACTIONS }

    public DueSource {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(ref, "ref");
    }
}

package qaf.analysis.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import qaf.analysis.audit.ActionRecord;
import qaf.analysis.chronology.ChronologySource;
import qaf.calendar.ClockResult;
import qaf.calendar.ClockRule;
import qaf.calendar.WorkingDays;

/**
 * Everything appendix A's single agency analysis report and the independent chair's request letter
 * are pre-filled from: the review, the agency reviewed, the child (restricted: case-audience
 * documents only), that agency's own chronology entries for the child and the review's actions.
 *
 * @param agencyLead the agency's lead person as recorded (agencies.csv lead_person), may be null
 * @param summary the review's summary, may be null
 * @param child null when the review names no child
 * @param caseRefs the child's cases, by case ref
 * @param chronology the agency's entries for the child, in date order
 * @param actions the actions whose source is this review, by action ref
 */
public record SingleAgencyReviewData(Review review, String agencyCode, String agencyName, String agencyLead,
        String summary, Child child, List<String> caseRefs, List<ChronologySource.Row> chronology,
        List<ActionRecord> actions) {
    public SingleAgencyReviewData {
        Objects.requireNonNull(review, "review");
        caseRefs = List.copyOf(caseRefs);
        chronology = List.copyOf(chronology);
        actions = List.copyOf(actions);
    }

    /** The child reviewed; gender and ethnicity may be null. */
    public record Child(String childRef, String givenName, String familyName, LocalDate dateOfBirth,
            String pseudonym, String gender, String ethnicity) {
        public Child {
            Objects.requireNonNull(childRef, "childRef");
        }

        public String fullName() {
            return givenName + " " + familyName;
        }

        @Override
        public String toString() {
            // Records print every field; a stray log line must not carry a child's name.
            return "Child[" + childRef + "]";
        }
    }

    /**
     * The review's three weeks (framework section 3: "within three weeks of receipt of the letter"), as
     * the annual report measures them ({@link ClockRule#SINGLE_AGENCY_REVIEW}: 21 calendar days from
     * letter_on); empty while no letter is recorded.
     */
    public Optional<ClockResult> letterClock(WorkingDays wd, LocalDate asOf) {
        LocalDate letter = review.letterOn();
        return letter == null ? Optional.empty()
                : Optional.of(ClockResult.evaluate(ClockRule.SINGLE_AGENCY_REVIEW, letter, review.completedOn(),
                        asOf, wd));
    }

    /** The panel's lines of enquiry, one a line as stored, blank lines left out; empty when none. */
    public List<String> linesOfEnquiry() {
        String lines = review.linesOfEnquiry();
        return lines == null ? List.of() : lines.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The review's learning, one point a line as stored; empty when none. */
    public List<String> learning() {
        String lines = review.learning();
        return lines == null ? List.of() : lines.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}

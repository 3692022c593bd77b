package qaf.analysis.briefing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import qaf.analysis.evaluation.EvaluationFindings;

/**
 * Everything the store hands over for one seven-minute briefing, before the public-audience rules
 * are applied.
 *
 * @param sourceKind {@code evaluation}, {@code review}, {@code theme}, or null when not recorded
 * @param sourceRef the evaluation or review ref, or the theme's name; null when not recorded
 * @param publishedOn null when not yet published
 * @param sections the stored sections in any order (at most seven, numbered 1-7)
 * @param evaluation the source evaluation's findings; null unless the source is an evaluation that exists
 * @param reviewType the source review's type ({@code scr}, {@code lcspr}, ...); null unless the
 *     source is a review that exists
 * @param namesToWithhold children's names the composer removes from the authored text (a public
 *     document never holds one); never printed or logged
 */
public record BriefingSource(
        String partnershipName,
        String briefingRef,
        String title,
        String sourceKind,
        String sourceRef,
        LocalDate publishedOn,
        List<Section> sections,
        EvaluationFindings evaluation,
        String reviewType,
        List<ChildName> namesToWithhold) {

    public BriefingSource {
        Objects.requireNonNull(partnershipName, "partnershipName");
        Objects.requireNonNull(briefingRef, "briefingRef");
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
        namesToWithhold = List.copyOf(namesToWithhold);
    }

    /** One stored section: number 1-7, the partnership's own heading, the text. */
    public record Section(int number, String heading, String text) {
        public Section {
            heading = heading == null ? "" : heading;
            text = text == null ? "" : text;
        }
    }

    /** A child's name, only to find and remove it. */
    public record ChildName(String givenName, String familyName) {
        @Override
        public String toString() {
            // Records print their fields; this one must never reach a log or a message.
            return "ChildName[withheld]";
        }
    }
}

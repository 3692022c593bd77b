package qaf.analysis.chronology;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import qaf.calendar.PartialDate;

/**
 * Everything the store hands over for one chronology: the raw rows, before merging and formatting.
 *
 * @param partnershipName the partnership's name for the page furniture
 * @param scopeRef the evaluation or review the chronology is merged for
 * @param scopeLabel how that scope reads, e.g. "evaluation MACE-2018-01"
 * @param subjectRef the case ref (evaluations) or child ref (reviews): with scopeRef, names the file
 * @param subjectLabel how the subject reads, e.g. "case C-0101" or "child CH-001 (cases C-0101, C-0102)"
 * @param childRef the child's stable id
 * @param childName the child's full name
 * @param dateOfBirth the child's date of birth
 * @param agencies the agencies involved, each listed even with no entries, in display order
 * @param entries the agencies' entries in any order
 */
public record ChronologySource(
        String partnershipName,
        String scopeRef,
        String scopeLabel,
        String subjectRef,
        String subjectLabel,
        String childRef,
        String childName,
        LocalDate dateOfBirth,
        List<Agency> agencies,
        List<Row> entries) {

    public ChronologySource {
        agencies = List.copyOf(agencies);
        entries = List.copyOf(entries);
    }

    public record Agency(String code, String name) {
    }

    /** One stored chronology entry; text fields are empty strings, never null. */
    public record Row(
            String agencyCode,
            String entryRef,
            PartialDate date,
            LocalTime time,
            boolean approximate,
            String event,
            String source,
            String childVoice,
            String action,
            String impact,
            boolean keyEvent) {
    }
}

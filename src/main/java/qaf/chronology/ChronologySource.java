package qaf.chronology;

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
 * @param caseRef the case (for reviews, the child's first case or the child ref)
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
        String caseRef,
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

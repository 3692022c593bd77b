package qaf.kind;

import java.time.LocalDate;
import java.util.Objects;
import qaf.calendar.BankHolidays;
import qaf.calendar.Nation;
import qaf.calendar.ReportingYear;
import qaf.calendar.WorkingDays;
import qaf.privacy.ChildMatcher;
import qaf.store.ChildQueries;
import qaf.store.Database;
import qaf.store.PartnershipQueries;
import qaf.store.ProgrammeQueries;
import qaf.terms.Terms;

/**
 * What every document of one build shares, read once per build instead of by each kind: the
 * partnership, the reporting year, the day statuses are as at, the latest year with data and the
 * partnership's working days and its own words for the framework's bodies and roles.
 *
 * @param asAt every status (overdue, open, not yet due, on time) is as at this day
 * @param latestYear the latest reporting year with dated activity (an undated draft belongs to it)
 * @param fingerprint a digest of the rows the context was read from: part of every document's fingerprint
 * @param children every child in the store, for the privacy screen only (never for composing)
 * @param birthdaysOnRecordDates children whose date of birth is also the date of a record board
 *     documents print (an action due): such a date alone is that record's, not the child's
 * @param childrenFingerprint a digest of the rows the screen was built from (children, professionals):
 *     part of the fingerprint of every board and public document, so a changed child screens them again
 * @param terms the partnership's words (terms.csv) over the framework's: composers take every name of
 *     a body, role or process from here, never from a literal. Read under {@code fingerprint}, so a
 *     changed terms.csv renders every document again
 */
public record BuildContext(PartnershipQueries.Partnership partnership, ReportingYear year, LocalDate asAt,
        ReportingYear latestYear, WorkingDays workingDays, String fingerprint, ChildMatcher children,
        java.util.Set<String> birthdaysOnRecordDates, String childrenFingerprint, Terms terms) {
    public BuildContext {
        Objects.requireNonNull(partnership, "partnership");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(asAt, "asAt");
        Objects.requireNonNull(latestYear, "latestYear");
        Objects.requireNonNull(workingDays, "workingDays");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(children, "children");
        birthdaysOnRecordDates = java.util.Set.copyOf(birthdaysOnRecordDates);
        Objects.requireNonNull(childrenFingerprint, "childrenFingerprint");
        Objects.requireNonNull(terms, "terms");
    }

    /**
     * Reads the context of a build of {@code year} from the store, recording what it read.
     *
     * @param asAt the day statuses are as at; null for the end of the reporting year
     */
    public static BuildContext load(Database db, ReportingYear year, LocalDate asAt) {
        LocalDate day = asAt == null ? year.end() : asAt;
        PartnershipQueries.Partnership p;
        ReportingYear latest;
        WorkingDays wd;
        Terms terms;
        String fingerprint;
        try (Database.Reads reads = db.recordReads()) {
            p = PartnershipQueries.partnership(db);
            latest = PartnershipQueries.latestYear(db, p.yearStartMonth());
            wd = new WorkingDays(BankHolidays.load(Nation.fromId(p.bankHolidays())));
            terms = ProgrammeQueries.terms(db);
            fingerprint = reads.fingerprint() + " as at " + day;
        }
        // Read apart, so that only board and public documents depend on the children.
        try (Database.Reads childReads = db.recordReads()) {
            ChildMatcher matcher = ChildMatcher.of(ChildQueries.identities(db), ChildQueries.professionals(db));
            java.util.Set<String> onRecordDates = java.util.Set.copyOf(ChildQueries.birthdaysOnRecordDates(db));
            return new BuildContext(p, year, day, latest, wd, fingerprint, matcher, onRecordDates,
                    childReads.fingerprint(), terms);
        }
    }

    /** The partnership's name, for the page furniture. */
    public String partnershipName() {
        return partnership.name();
    }
}

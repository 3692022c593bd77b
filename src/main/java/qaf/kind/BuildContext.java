package qaf.kind;

import java.time.LocalDate;
import java.util.Objects;
import qaf.calendar.BankHolidays;
import qaf.calendar.Nation;
import qaf.calendar.ReportingYear;
import qaf.calendar.WorkingDays;
import qaf.store.Database;
import qaf.store.PartnershipQueries;

/**
 * What every document of one build shares, read once per build instead of by each kind: the
 * partnership, the reporting year, the day statuses are as at, the latest year with data and the
 * partnership's working days.
 *
 * @param asAt every status (overdue, open, not yet due, on time) is as at this day
 * @param latestYear the latest reporting year with dated activity (an undated draft belongs to it)
 * @param fingerprint a digest of the rows the context was read from: part of every document's fingerprint
 */
public record BuildContext(PartnershipQueries.Partnership partnership, ReportingYear year, LocalDate asAt,
        ReportingYear latestYear, WorkingDays workingDays, String fingerprint) {
    public BuildContext {
        Objects.requireNonNull(partnership, "partnership");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(asAt, "asAt");
        Objects.requireNonNull(latestYear, "latestYear");
        Objects.requireNonNull(workingDays, "workingDays");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /**
     * Reads the context of a build of {@code year} from the store, recording what it read.
     *
     * @param asAt the day statuses are as at; null for the end of the reporting year
     */
    public static BuildContext load(Database db, ReportingYear year, LocalDate asAt) {
        try (Database.Reads reads = db.recordReads()) {
            PartnershipQueries.Partnership p = PartnershipQueries.partnership(db);
            ReportingYear latest = PartnershipQueries.latestYear(db, p.yearStartMonth());
            WorkingDays wd = new WorkingDays(BankHolidays.load(Nation.fromId(p.bankHolidays())));
            LocalDate day = asAt == null ? year.end() : asAt;
            return new BuildContext(p, year, day, latest, wd, reads.fingerprint() + " as at " + day);
        }
    }

    /** The partnership's name, for the page furniture. */
    public String partnershipName() {
        return partnership.name();
    }
}

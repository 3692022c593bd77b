package qaf.kind;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import qaf.analysis.evaluation.EvaluationData;
import qaf.analysis.programme.WorkedOutDays;
import qaf.calendar.BankHolidays;
import qaf.calendar.Nation;
import qaf.calendar.ReportingYear;
import qaf.calendar.WorkingDays;
import qaf.privacy.ChildIdentity;
import qaf.privacy.ChildMatcher;
import qaf.store.ChildQueries;
import qaf.store.Database;
import qaf.store.EvaluationQueries;
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
 * @param birthdaysOnRecordDates children whose date of birth is also a day documents print as a record's:
 *     a stored date (an action due) or one qaf works out (a timetable deadline); such a date alone is
 *     that record's, not the child's ({@link #birthdaysOnRecordDates(Database)})
 * @param childrenFingerprint a digest of the rows the screen was built from (children, professionals):
 *     part of the fingerprint of every board and public document, so a changed child screens them again
 * @param terms the partnership's words (terms.csv) over the framework's: composers take every name of
 *     a body, role or process from here, never from a literal. Read under {@code fingerprint}, so a
 *     changed terms.csv renders every document again
 */
public record BuildContext(PartnershipQueries.Partnership partnership, ReportingYear year, LocalDate asAt,
        ReportingYear latestYear, WorkingDays workingDays, String fingerprint, ChildMatcher children,
        Set<String> birthdaysOnRecordDates, String childrenFingerprint, Terms terms) {
    public BuildContext {
        Objects.requireNonNull(partnership, "partnership");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(asAt, "asAt");
        Objects.requireNonNull(latestYear, "latestYear");
        Objects.requireNonNull(workingDays, "workingDays");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(children, "children");
        birthdaysOnRecordDates = Set.copyOf(birthdaysOnRecordDates);
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
            wd = workingDays(p);
            terms = ProgrammeQueries.terms(db);
            fingerprint = reads.fingerprint() + " as at " + day;
        }
        // Read apart, so that only board and public documents depend on the children.
        try (Database.Reads childReads = db.recordReads()) {
            List<ChildIdentity> identities = ChildQueries.identities(db);
            ChildMatcher matcher = ChildMatcher.of(identities, ChildQueries.professionals(db));
            // The as-at day is most often the year's last: a list, which may repeat a day.
            Set<String> onRecordDates = birthdaysOnRecordDates(db, identities, wd,
                    List.of(year.start(), year.end(), day));
            return new BuildContext(p, year, day, latest, wd, fingerprint, matcher, onRecordDates,
                    childReads.fingerprint(), terms);
        }
    }

    /**
     * The children whose date of birth is also a day documents print as a record's: a stored date
     * ({@link ChildQueries#birthdaysOnRecordDates}), a day qaf works out for an evaluation
     * ({@link WorkedOutDays}), or a day of the build itself: the first and last day of the reporting
     * year {@code year} (printed as its period) and the as-at day, which is the last day unless a build
     * is given another. The build's screen and {@code qaf privacy-scan} count the same dates; a scan of
     * a build made with another as-at day counts that day (the safe side).
     */
    public static Set<String> birthdaysOnRecordDates(Database db, ReportingYear year) {
        PartnershipQueries.Partnership p = PartnershipQueries.partnership(db);
        return birthdaysOnRecordDates(db, ChildQueries.identities(db), workingDays(p), List.of(year.start(), year.end()));
    }

    private static Set<String> birthdaysOnRecordDates(Database db, List<ChildIdentity> children, WorkingDays wd,
            List<LocalDate> buildDays) {
        Set<String> refs = new TreeSet<>(ChildQueries.birthdaysOnRecordDates(db));
        Set<LocalDate> workedOut = new HashSet<>(buildDays);
        workedOut.addAll(db.unrecorded(() -> WorkedOutDays.of(
                EvaluationQueries.all(db).stream().map(EvaluationData::evaluation).toList(), wd)));
        refs.addAll(ChildQueries.bornOnWorkedOutDays(db, children.stream()
                .filter(c -> workedOut.contains(c.dateOfBirth())).map(ChildIdentity::childRef).toList()));
        return Set.copyOf(refs);
    }

    private static WorkingDays workingDays(PartnershipQueries.Partnership p) {
        return new WorkingDays(BankHolidays.load(Nation.fromId(p.bankHolidays())));
    }

    /** The partnership's name, for the page furniture. */
    public String partnershipName() {
        return partnership.name();
    }
}

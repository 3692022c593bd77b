package qaf.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import qaf.privacy.ChildIdentity;

/**
 * What identifies each child, for the privacy screen only: the one query that reads names and
 * dates of birth for documents that must not show them. Its rows are recorded like any read, so a
 * screen built inside a recording scope makes the documents it screens depend on every child.
 */
public final class ChildQueries {
    private ChildQueries() {
    }

    /** Every child, by child ref. */
    public static List<ChildIdentity> identities(Database db) {
        return db.query("SELECT child_ref, given_name, family_name, date_of_birth, pseudonym FROM children"
                        + " ORDER BY child_ref", List.of(),
                rs -> new ChildIdentity(rs.getString(1), rs.getString(2), rs.getString(3),
                        LocalDate.parse(rs.getString(4)), rs.getString(5)));
    }

    /** The columns that name the partnership's own professionals, as table.column. */
    private static final List<String> PROFESSIONAL_COLUMNS = List.of("agencies.lead_person", "cases.case_worker",
            "cases.supervising_manager", "evaluations.chair", "reviews.reviewer", "close_the_loop.lead_person");

    /**
     * Every professional the records name (agency leads, case workers and managers, chairs, reviewers,
     * close-the-loop leads), as recorded ("Neil Rahman, Named GP"), each once, in text order: the
     * screen tells a professional who shares a child's family name from the child's family by them.
     */
    public static List<String> professionals(Database db) {
        List<String> selects = new ArrayList<>();
        for (String column : PROFESSIONAL_COLUMNS) {
            String[] parts = column.split("\\.");
            selects.add("SELECT " + parts[1] + " AS name FROM " + parts[0] + " WHERE " + parts[1] + " IS NOT NULL");
        }
        return db.query("SELECT name FROM (" + String.join(" UNION ", selects) + ") ORDER BY name", List.of(),
                rs -> rs.getString(1));
    }

    /** Tables whose dates are about a child or a case rather than the partnership's own records. */
    private static final Set<Table> PERSONAL = EnumSet.of(Table.CHILDREN, Table.CASES, Table.CHRONOLOGY);

    /**
     * The children whose date of birth is also the date of a record that board documents print — a
     * date column ({@code *_on}) of any table but children, cases and chronology: an action due, a
     * panel, an audit returned. In a rendered document the two dates cannot be told apart. By child ref.
     */
    public static List<String> birthdaysOnRecordDates(Database db) {
        List<String> selects = new ArrayList<>();
        for (Table table : Table.values()) {
            if (PERSONAL.contains(table)) {
                continue;
            }
            for (Column column : table.columns()) {
                if (column.name().endsWith("_on")) {
                    selects.add("SELECT " + column.name() + " FROM " + table.sqlName());
                }
            }
        }
        return db.query("SELECT child_ref FROM children WHERE date_of_birth IN (" + String.join(" UNION ", selects)
                + ") ORDER BY child_ref", List.of(), rs -> rs.getString(1));
    }

    /**
     * Records, in the current read recording, the children found born on a day worked out from the
     * records ({@code qaf.analysis.programme.WorkedOutDays}), and returns them. The days are worked
     * out from every evaluation, read unrecorded: recorded, every board and public document would
     * depend on every evaluation and all be rebuilt when one changed. What the screen depends on is
     * which children it found, so that is what is recorded.
     */
    public static List<String> bornOnWorkedOutDays(Database db, List<String> childRefs) {
        List<String> refs = childRefs.stream().sorted().distinct().toList();
        db.noteQuery("children born on a worked-out record day", refs);
        return refs;
    }
}

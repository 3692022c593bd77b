package qaf.s11overview;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.analysis.audit.Section11Cycle;
import qaf.analysis.audit.Section11Return;
import qaf.calendar.ReportingYear;

class S11OverviewKindTest {
    private static Section11Cycle dueOn(LocalDate... dues) {
        List<Section11Return> returns = new java.util.ArrayList<>();
        for (int i = 0; i < dues.length; i++) {
            returns.add(new Section11Return("2018", S11Fixtures.AGENCIES.get(i).code(), LocalDate.of(2018, 1, 2),
                    dues[i], null, false));
        }
        return new Section11Cycle("2018", S11Fixtures.AGENCIES, returns, List.of());
    }

    @Test
    void aCycleBelongsToTheYearOfItsEarliestDueDate() {
        ReportingYear y = new ReportingYear(2018, 4);
        // Earliest due 31/03/2019 (last day of 2018-19); a later row in 2019-20 does not move it.
        Section11Cycle c = dueOn(LocalDate.of(2019, 4, 1), LocalDate.of(2019, 3, 31));
        assertTrue(c.fallsIn(y));
        assertFalse(c.fallsIn(new ReportingYear(2019, 4)));
        assertFalse(dueOn(LocalDate.of(2018, 3, 31)).fallsIn(y));
        assertFalse(dueOn().fallsIn(y));
    }
}

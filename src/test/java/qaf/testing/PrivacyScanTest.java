package qaf.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrivacyScanTest {
    private static final List<PrivacyScan.Child> CHILD =
            List.of(new PrivacyScan.Child("CH1", "Tyler", "Ogden", LocalDate.of(2018, 9, 4)));

    /** An action completed on 14 September 2018 was reported as the birthday of a child born on the 4th. */
    @Test
    void aLaterDayOfTheSameMonthIsNotTheDateOfBirth() {
        assertEquals(List.of(), PrivacyScan.findings("Completed 14 September 2018 and 24/09/2018.", CHILD));
    }

    @Test
    void theDateOfBirthAndTheNameAreFoundInAnyCaseAndBesidePunctuation() {
        assertEquals(List.of("child CH1: name", "child CH1: date of birth"),
                PrivacyScan.findings("Born (4 September 2018); OGDEN, Tyler.", CHILD));
        assertEquals(List.of(), PrivacyScan.findings("Tyler Ogdenson", CHILD));
    }
}

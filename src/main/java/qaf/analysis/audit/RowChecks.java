package qaf.analysis.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the input records of every audit share: checks at construction, agency lookup, number lists. */
final class RowChecks {
    private RowChecks() {
    }

    static void requireCycle(String cycle, String rowCycle, String agency) {
        if (!cycle.equals(rowCycle)) {
            throw new IllegalArgumentException("a row of " + agency + " is for " + rowCycle + ", not " + cycle);
        }
    }

    static void requireKnown(Set<String> known, String agency) {
        if (!known.contains(agency)) {
            throw new IllegalArgumentException("agency " + agency + " is not in the agency list");
        }
    }

    static Map<String, Agency> byCode(List<Agency> agencies) {
        Map<String, Agency> map = new HashMap<>();
        agencies.forEach(a -> map.put(a.code(), a));
        return map;
    }

    /** "5", "4 and 9", "2, 3 and 6": numbers as a sentence lists them. */
    static String join(List<Integer> numbers) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < numbers.size(); i++) {
            b.append(i == 0 ? "" : i == numbers.size() - 1 ? " and " : ", ").append(numbers.get(i));
        }
        return b.toString();
    }
}

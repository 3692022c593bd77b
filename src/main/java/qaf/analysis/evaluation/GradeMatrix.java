package qaf.analysis.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The agency × case grid of an evaluation: columns are the sample's cases by case ref, rows the
 * agencies graded by agency code; a cell is empty where the agency did not grade the case.
 */
public record GradeMatrix(List<String> caseRefs, List<Row> rows) {

    public record Row(String agencyCode, String agencyName, List<Optional<AgencyGrade>> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    public GradeMatrix {
        caseRefs = List.copyOf(caseRefs);
        rows = List.copyOf(rows);
    }

    /** Grades on cases outside {@code cases} are left out (they are flagged elsewhere). */
    public static GradeMatrix of(Collection<EvaluationCase> cases, Collection<AgencyGrade> grades) {
        List<String> refs = cases.stream().map(EvaluationCase::caseRef).sorted().distinct().toList();
        TreeMap<String, List<AgencyGrade>> byAgency = new TreeMap<>();
        for (AgencyGrade g : grades) {
            if (refs.contains(g.caseRef())) {
                byAgency.computeIfAbsent(g.agencyCode(), k -> new ArrayList<>()).add(g);
            }
        }
        List<Row> rows = new ArrayList<>();
        byAgency.forEach((code, list) -> rows.add(new Row(code, list.get(0).agencyName(), refs.stream()
                .map(ref -> list.stream().filter(g -> g.caseRef().equals(ref)).findFirst()).toList())));
        return new GradeMatrix(refs, rows);
    }
}

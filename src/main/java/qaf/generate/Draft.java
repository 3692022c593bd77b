package qaf.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One partnership's dataset while it is being generated: the files, the chance source and what
 * earlier steps decided that later steps refer to (agencies, evaluations, cases, reviews).
 */
final class Draft {
    /** The reporting year every partnership is generated for (April 2018 to March 2019). */
    static final LocalDate YEAR_START = LocalDate.of(2018, 4, 1);
    static final LocalDate YEAR_END = LocalDate.of(2019, 3, 31);

    record EvaluationPlan(String ref, String kind, Theme theme, LocalDate startsOn, LocalDate panelOn, String chair,
            List<String> caseTypes) {
        boolean full() {
            return kind.equals("full");
        }
    }

    record CaseRecord(String evaluationRef, String caseRef, String childRef, String pseudonym, Theme theme,
            String caseType, int age, List<String> agencyCodes) {
    }

    /** A final grade that was requires-improvement or inadequate: a close-the-loop form is due. */
    record LoopDue(EvaluationPlan evaluation, CaseRecord caseRecord, Agencies.Agency agency, String grade) {
    }

    /**
     * A review as later steps need it: the chronology of its child follows {@code story}; the
     * incident date is null where the review has none (single agency reviews).
     */
    record ReviewRecord(String ref, String type, LocalDate completedOn, String childRef, String agencyCode,
            LocalDate incidentOn, LocalDate awareOn, ReviewStories.Story story) {
    }

    /** A child as later steps need it: name and pronouns for the chronology text, date of birth for ages. */
    record ChildRecord(String ref, Names.Person person, LocalDate dateOfBirth) {
    }

    final Dataset data;
    final PartnershipProfile profile;
    final Names names;
    final List<Agencies.Agency> agencies;
    final List<EvaluationPlan> evaluations = new ArrayList<>();
    final List<CaseRecord> cases = new ArrayList<>();
    final List<LoopDue> loopsDue = new ArrayList<>();
    final List<ReviewRecord> reviews = new ArrayList<>();
    final java.util.Map<String, ChildRecord> children = new java.util.LinkedHashMap<>();
    /** Per evaluation, in plan order: agency gradings, how many the panel changed, how many it lowered. */
    final java.util.Map<String, int[]> gradingCounts = new java.util.LinkedHashMap<>();
    private int childCount;

    Draft(PartnershipProfile profile, Dice dice) {
        this.profile = profile;
        this.data = new Dataset(profile.hasCode());
        this.names = new Names(dice.split());
        this.agencies = Agencies.build(profile, dice.split(), names);
    }

    String ref(String local) {
        return profile.prefix() + local;
    }

    Agencies.Agency agency(String localCode) {
        String code = ref(localCode);
        return agencies.stream().filter(a -> a.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no agency " + code));
    }

    List<Agencies.Agency> schools() {
        return agencies.stream().filter(a -> a.role() == Role.SCHOOL).toList();
    }

    List<Agencies.Agency> nonSchools() {
        return agencies.stream().filter(a -> a.role() != Role.SCHOOL).toList();
    }

    /** Adds a child and returns its ref; pseudonyms run A, B, … Z, AA … in the order children are added. */
    String addChild(Names.Person person, LocalDate dateOfBirth) {
        childCount++;
        String ref = ref(String.format("CH%04d", 1000 + childCount));
        data.children.add(ref, person.given(), person.family(), dateOfBirth, person.gender(), person.ethnicity(),
                person.religion(), pseudonym(childCount));
        children.put(ref, new ChildRecord(ref, person, dateOfBirth));
        return ref;
    }

    String pseudonymOf(String childRef) {
        int n = Integer.parseInt(childRef.substring(childRef.length() - 4)) - 1000;
        return pseudonym(n);
    }

    static String pseudonym(int n) {
        StringBuilder letters = new StringBuilder();
        int k = n;
        while (k > 0) {
            k--;
            letters.insert(0, (char) ('A' + k % 26));
            k /= 26;
        }
        return "Child " + letters;
    }
}

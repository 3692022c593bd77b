package qaf.generate;

import java.time.LocalDate;
import qaf.generate.ReviewStories.Story;

/**
 * Serious case reviews and their successors, rapid reviews, concise and single agency reviews and
 * child death reviews (framework sections 1–4). Each statutory clock is met by some reviews and
 * missed by others, and some reviews are still open at the end of the year.
 */
final class Reviews {
    private final Draft draft;
    private final Dice dice;

    Reviews(Draft draft, Dice dice) {
        this.draft = draft;
        this.dice = dice;
    }

    /** One review row; null dates are written empty. */
    private record Row(String ref, String type, String childRef, String agencyCode, String criterion,
            LocalDate incident, LocalDate aware, LocalDate notified, LocalDate decisionOn, String decision,
            LocalDate letter, String reviewer, LocalDate started, LocalDate completed, LocalDate published,
            String summary, String learning) {
    }

    void generate() {
        String reviewer = draft.names.professional() + " (independent reviewer)";

        // An SCR started in 2017-18 that finished late (beyond six months) and was published this year.
        LocalDate scrIncident = LocalDate.of(2017, 8, dice.between(7, 18));
        // The summary says four months old: born 16 to 18 weeks before the injury.
        String baby = born(null, scrIncident.minusDays(dice.between(112, 130)));
        LocalDate scrAware = scrIncident.plusDays(dice.between(1, 3));
        LocalDate scrStart = scrAware.plusDays(dice.between(35, 50));
        LocalDate scrDone = scrStart.plusMonths(7).plusDays(dice.between(0, 20));
        add(new Row("SCR-1718-01", "scr", baby, null,
                "Regulation 5(2)(b): a child seriously harmed where abuse or neglect is known or suspected",
                scrIncident, scrAware, WorkingDays.add(scrAware, dice.between(2, 4)), scrAware.plusDays(21), "initiate",
                null, reviewer, scrStart, scrDone, scrDone.plusMonths(2).plusDays(dice.between(0, 14)),
                "A four-month-old baby was admitted with a fractured femur and bruising to the face. Bruising had been"
                        + " seen by two professionals in the preceding month and explained as accidental.",
                "Bruising in a non-mobile baby must always be referred.\nProfessional curiosity about new partners"
                        + " in the household.\nChallenge between agencies when explanations are accepted."),
                        Story.INFANT_INJURY);

        // An SCR completed within six months.
        LocalDate scr2Aware = LocalDate.of(2017, 12, dice.between(4, 15));
        String toddler = child(2, scr2Aware);
        LocalDate scr2Start = WorkingDays.onOrAfter(scr2Aware.plusDays(dice.between(30, 40)));
        LocalDate scr2Done = scr2Start.plusMonths(5).plusDays(dice.between(0, 20));
        add(new Row("SCR-1718-02", "scr", toddler, null,
                "Regulation 5(2)(a): a child died where abuse or neglect is known or suspected",
                scr2Aware.minusDays(1), scr2Aware, WorkingDays.add(scr2Aware, 5), scr2Aware.plusDays(18), "initiate",
                null, reviewer, scr2Start, scr2Done, scr2Done.plusMonths(3),
                "A two-year-old child died after ingesting methadone at home. Both parents were in treatment with the"
                        + " recovery service; safe storage had not been checked.",
                "Safe storage of substitute medication must be checked at home visits.\nAdult substance misuse"
                        + " services must ask about children in the household."), Story.METHADONE);

        // Rapid review on time, leading to an LCSPR that is still open at the year end.
        LocalDate rrAware = WorkingDays.onOrAfter(LocalDate.of(2018, 7, dice.between(2, 6)));
        String teen = born("Male", rrAware.minusYears(15).minusDays(dice.between(10, 300)));
        LocalDate rrDone = WorkingDays.add(rrAware, dice.between(11, 15));
        add(new Row("RR-1819-01", "rapid-review", teen, null,
                "Serious harm: a young person stabbed; criminal exploitation known", rrAware.minusDays(2), rrAware,
                WorkingDays.add(rrAware, dice.between(1, 5)), rrDone, "initiate", null, null, rrAware, rrDone, null,
                "A 15-year-old was stabbed in another town while missing. He was known to police, YJS and CSC for"
                        + " criminal exploitation.",
                "Criteria met for a local child safeguarding practice review."), Story.EXPLOITATION);
        // One incident: the LCSPR follows the rapid review, so the incident was notified once, by the rapid
        // review (the LCSPR records no notification of its own).
        add(new Row("LCSPR-1819-01", "lcspr", teen, null, "Serious harm: criminal exploitation",
                rrAware.minusDays(2), rrAware, null, rrDone, "initiate", null, reviewer,
                LocalDate.of(2018, 9, dice.between(3, 14)), null, null,
                "Review of multi-agency practice with a young person at risk of criminal exploitation.", ""),
                Story.EXPLOITATION, "RR-1819-01");

        // Rapid review with both clocks missed; not initiated, a concise review instead.
        LocalDate rr2Aware = WorkingDays.onOrAfter(LocalDate.of(2018, 10, dice.between(8, 19)));
        String rr2Child = child(7, rr2Aware);
        LocalDate rr2Done = WorkingDays.add(rr2Aware, dice.between(18, 24));
        add(new Row("RR-1819-02", "rapid-review", rr2Child, null,
                "Serious harm: a child injured during a domestic abuse incident", rr2Aware.minusDays(1), rr2Aware,
                WorkingDays.add(rr2Aware, dice.between(6, 9)), rr2Done, "not-initiated", null, null, rr2Aware,
                rr2Done, null,
                "A 7-year-old was injured by a thrown object during an incident between the mother and her partner."
                        + " Criteria for a national review were not met; learning to be taken through a concise review.",
                "Notification was delayed because the police referral reached the partnership 6 days after the"
                        + " incident."), Story.DOMESTIC_ABUSE);
        LocalDate macrStart = rr2Done.plusDays(dice.between(10, 20));
        LocalDate macrDone = macrStart.plusDays(dice.between(70, 100));
        add(new Row("MACR-1819-01", "macr", rr2Child, null, "Harm through domestic abuse; concerns about joint working",
                rr2Aware.minusDays(1), rr2Aware, null, rr2Done, "initiate", null,
                draft.names.professional() + " (partnership reviewer)", macrStart,
                macrDone.isAfter(Draft.YEAR_END) ? null : macrDone, null,
                "Concise review of the response to domestic abuse in a household where the perpetrator was not known"
                        + " to children's services.",
                "\"Hidden men\": agencies did not know who lived in the household.\nDASH risk assessments were not"
                        + " shared with the school."), Story.DOMESTIC_ABUSE, "RR-1819-02");

        LocalDate macr2Aware = LocalDate.of(2018, 5, dice.between(14, 25));
        String macr2Child = child(11, macr2Aware);
        LocalDate macr2Start = macr2Aware.plusDays(dice.between(25, 40));
        add(new Row("MACR-1819-02", "macr", macr2Child, null, "Good practice: harm prevented by early escalation",
                macr2Aware.minusDays(3), macr2Aware, null, macr2Aware.plusDays(14), "initiate", null,
                draft.names.professional() + " (partnership reviewer)", macr2Start,
                macr2Start.plusDays(dice.between(60, 90)), macr2Start.plusDays(dice.between(100, 120)),
                "An appreciative review of how a school, the GP and CSC prevented harm to an 11-year-old by"
                        + " escalating concerns about neglect.",
                "Escalation works when professionals know each other.\nThe Graded Care Profile 2 gave a shared"
                        + " language."), Story.NEGLECT_ESCALATION);

        // Single agency reviews: due three weeks after the letter.
        singleAgency("SAR-1819-01", "GP", LocalDate.of(2018, 6, dice.between(4, 15)), dice.between(12, 20),
                "Missed immunisations and recurrent infections were not seen as a pattern.", 2, 9,
                Story.HEALTH_PATTERN);
        singleAgency("SAR-1819-02", "POL", LocalDate.of(2018, 11, dice.between(5, 16)), dice.between(26, 40),
                "Delay in sharing a domestic abuse notification with children's services.", 1, 14,
                Story.DA_NOTIFICATION);
        // Health visiting serves the under-fives, so the child of this review is a toddler.
        singleAgency("SAR-1819-03", "CHS", LocalDate.of(2019, 3, dice.between(4, 15)), -1,
                "Transfer of health visiting records when a family moved into the area.", 1, 3,
                Story.RECORDS_TRANSFER);

        // A rapid review opened in the last fortnight of the year: decision pending.
        LocalDate rr3Aware = WorkingDays.onOrAfter(LocalDate.of(2019, 3, dice.between(18, 22)));
        // Non-mobile: two to five months old.
        String rr3Child = born(null, rr3Aware.minusDays(dice.between(60, 160)));
        add(new Row("RR-1819-03", "rapid-review", rr3Child, null,
                "Serious harm: a non-mobile infant with a skull fracture", rr3Aware.minusDays(1), rr3Aware,
                WorkingDays.add(rr3Aware, 2), null, "pending", null, null, rr3Aware, null, null,
                "Rapid review in progress; information requested from all agencies.", ""), Story.INFANT_SKULL);

        // Child death reviews: only counts and themes reach the reports.
        String[] criteria = {"Unexpected death: sudden unexpected death in infancy (SUDI)",
            "Expected death: life-limiting condition", "Unexpected death: road traffic collision",
            "Unexpected death: suspected suicide"};
        int[] ages = {0, 9, 13, 16};
        for (int i = 0; i < criteria.length; i++) {
            LocalDate aware = LocalDate.of(2018, 4, 16).plusDays(dice.between(0, 300));
            boolean done = aware.isBefore(LocalDate.of(2018, 12, 1));
            add(new Row(String.format("CDR-1819-%02d", i + 1), "child-death-review", child(ages[i], aware), null,
                    criteria[i], aware.minusDays(1), aware, aware.plusDays(dice.between(0, 2)),
                    aware.plusDays(dice.between(5, 20)), "not-initiated", null, null, null,
                    done ? aware.plusDays(dice.between(90, 150)) : null, null,
                    "Reviewed by the Child Death Overview Panel. SCR criteria not met.",
                    i == 0 ? "Safer sleep advice to be repeated at every contact, including by fathers." : ""),
                    Story.CHILD_DEATH);
        }
    }

    private void singleAgency(String ref, String agency, LocalDate letterDay, int daysToComplete, String topic,
            int minAge, int maxAge, Story story) {
        LocalDate letter = WorkingDays.onOrAfter(letterDay);
        LocalDate aware = letter.minusDays(dice.between(20, 40));
        String childRef = child(dice.between(minAge, maxAge), aware);
        LocalDate completed = daysToComplete < 0 ? null : letter.plusDays(daysToComplete);
        add(new Row(ref, "single-agency-review", childRef, draft.ref(agency),
                "Practice requiring analysis limited to a single agency (SCR panel recommendation)", null, aware, null,
                WorkingDays.minus(letter, dice.between(2, 6)), "initiate", letter, null, letter, completed, null,
                "Single agency review (appendix A template): " + topic,
                completed == null ? "" : "Learning points and a SMART action plan were presented to the SCR subgroup."),
                story);
    }

    private String child(int age, LocalDate at) {
        return born(null, at.minusYears(age).minusDays(dice.between(10, 300)));
    }

    /** Adds a child born on {@code dob}; a null gender is chosen at random. */
    private String born(String gender, LocalDate dob) {
        String g = gender != null ? gender : dice.chance(0.5) ? "Female" : "Male";
        return draft.addChild(draft.names.child(g), dob);
    }

    private void add(Row r, Story story) {
        add(r, story, null);
    }

    /** @param followsRef the review (unprefixed ref) this one came out of: one incident with it; null for none */
    private void add(Row r, Story story, String followsRef) {
        String ref = draft.ref(r.ref());
        draft.data.reviews.add(ref, r.type(), r.childRef(), r.agencyCode(), r.criterion(), r.incident(), r.aware(),
                r.notified(), r.decisionOn(), r.decision(), r.letter(), r.reviewer(), r.started(), r.completed(),
                r.published(), r.summary(), r.learning(), followsRef == null ? null : draft.ref(followsRef));
        draft.reviews.add(new Draft.ReviewRecord(ref, r.type(), r.completed(), r.childRef(), r.agencyCode(),
                r.incident(), r.aware(), story));
    }
}

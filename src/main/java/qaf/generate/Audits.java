package qaf.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import qaf.generate.Agencies.Agency;

/**
 * Section 11 audits (every two years, eight standards, four agencies moderated), the schools'
 * 14-area audit and the annual single agency audits (framework sections 6–7, appendix E).
 */
final class Audits {
    private static final List<String> S11_EVIDENCE = List.of(
            "Safeguarding is a standing item on the executive board agenda; annual report to the board.",
            "Safeguarding policy reviewed in the last 12 months and aligned with partnership procedures.",
            "Safer recruitment training completed by all recruiting managers; DBS checks tracked on HR system.",
            "Mandatory safeguarding training compliance at 91% (target 95%).",
            "Whistleblowing policy published on the intranet; LADO referrals logged.",
            "Information sharing agreement in place; staff guidance on consent and GDPR issued.",
            "Young people's feedback survey run annually; a young inspector reviewed the service.",
            "Equality impact assessments completed for service changes; interpreter use monitored.");
    private static final List<String> S11_IMPROVEMENT = List.of(
            "Named lead to report safeguarding performance to the board quarterly.",
            "Audit policy awareness among front-line staff.",
            "Include safeguarding questions in every interview panel.",
            "Raise training compliance to 95% by the next cycle.",
            "Publicise how children and families can complain.",
            "Train staff on sharing information without consent.",
            "Develop a way of recording children's views in every contact.",
            "Collect and analyse ethnicity data for children using the service.");
    private static final List<String> AREA_ACTIONS = List.of(
            "Deputy DSL to complete refresher training by the end of the autumn term.",
            "Update the child protection policy to reflect Keeping Children Safe in Education 2018.",
            "Move safeguarding records from paper files to an electronic system.",
            "Governor with lead responsibility to complete safeguarding training.",
            "Single central record to be audited termly by the business manager.",
            "Visitor procedures to be reviewed with the site manager.",
            "Deliver a relationships and online safety curriculum to Year 6.");

    private final Draft draft;
    private final Dice dice;

    Audits(Draft draft, Dice dice) {
        this.draft = draft;
        this.dice = dice;
    }

    void generate() {
        section11("2016", LocalDate.of(2016, 4, 4), LocalDate.of(2016, 9, 30), false);
        section11("2018", LocalDate.of(2018, 4, 3), LocalDate.of(2018, 9, 30), true);
        schools();
        singleAgency();
    }

    /** Returns: 2016 all submitted; 2018 some late and some missing. Four agencies go to moderation. */
    private void section11(String cycle, LocalDate opened, LocalDate due, boolean gaps) {
        List<Agency> agencies = draft.nonSchools();
        int n = agencies.size();
        int[] outcome = new int[n];
        for (int i = 0; i < n; i++) {
            int roll = dice.between(1, 100);
            outcome[i] = !gaps || roll <= 70 ? 0 : roll <= 90 ? 1 : 2;
        }
        if (gaps) {
            List<Integer> forced = indexes(n, 2);
            outcome[forced.get(0)] = 1;
            outcome[forced.get(1)] = 2;
        }
        List<Integer> submittedIdx = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (outcome[i] != 2) {
                submittedIdx.add(i);
            }
        }
        List<Integer> moderated = dice.sample(submittedIdx, 4);
        for (int i = 0; i < n; i++) {
            Agency a = agencies.get(i);
            LocalDate submitted = switch (outcome[i]) {
                case 0 -> WorkingDays.minus(WorkingDays.onOrAfter(due), dice.between(1, 60));
                case 1 -> WorkingDays.add(due, dice.between(3, 40));
                default -> null;
            };
            boolean moderation = moderated.contains(i);
            draft.data.s11Returns.add(cycle, a.code(), opened, due, submitted, moderation ? "yes" : "no");
            if (submitted == null) {
                continue;
            }
            int strength = dice.between(1, 3);
            for (int standard = 1; standard <= 8; standard++) {
                int self = Math.max(0, Math.min(3, strength + dice.pick(-1, 0, 0, 0, 1) - (dice.chance(0.05) ? 1 : 0)));
                String moderatedScore = "";
                if (moderation) {
                    int m = dice.chance(0.65) ? self : dice.chance(0.8) ? Math.max(0, self - 1) : Math.min(3, self + 1);
                    moderatedScore = Integer.toString(m);
                }
                boolean improve = self < 3;
                draft.data.s11Scores.add(cycle, a.code(), standard, self, moderatedScore,
                        S11_EVIDENCE.get(standard - 1),
                        improve ? S11_IMPROVEMENT.get(standard - 1) : "",
                        improve ? due.plusMonths(dice.between(4, 12)).withDayOfMonth(1).minusDays(1) : null);
            }
        }
    }

    private List<Integer> indexes(int n, int count) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        return dice.sample(all, count);
    }

    /**
     * The 2018 school audit, sent at the start of the summer term and due at its end (appendix B).
     * Most schools are largely green; a few have reds or three or more ambers; two did not return.
     */
    private void schools() {
        LocalDate due = LocalDate.of(2018, 6, 29);
        List<Agency> schools = draft.schools();
        List<Integer> missing = indexes(schools.size(), 2);
        List<Integer> struggling = indexes(schools.size(), 6);
        // The four invited to the moderation panel: the struggling schools that returned, first four. Chosen
        // without a throw of the dice, so the rest of the sample stays as it was.
        List<Integer> moderated = struggling.stream().filter(i -> !missing.contains(i)).limit(4).toList();
        for (int i = 0; i < schools.size(); i++) {
            if (missing.contains(i)) {
                continue;
            }
            Agency school = schools.get(i);
            LocalDate submitted = dice.chance(0.8) ? WorkingDays.minus(due, dice.between(0, 25))
                    : WorkingDays.add(due, dice.between(1, 15));
            int weakness = struggling.indexOf(i);
            for (int area = 1; area <= 14; area++) {
                String rating;
                if (weakness >= 0 && weakness < 2 && dice.chance(0.2)) {
                    rating = "red";
                } else if (weakness >= 0 && dice.chance(0.35)) {
                    rating = "amber";
                } else {
                    rating = dice.chance(0.08) ? "amber" : "green";
                }
                if (weakness >= 0 && weakness < 2 && area == 6) {
                    rating = "red";
                }
                if (weakness >= 2 && (area == 2 || area == 10 || area == 11)) {
                    rating = "amber";
                }
                draft.data.schoolAudits.add("2018", school.code(), area, rating, submitted,
                        rating.equals("green") ? "" : dice.pick(AREA_ACTIONS), moderated.contains(i) ? "yes" : "no");
            }
        }
    }

    /** Appendix E returns for 2018-19 (1 July to 31 October 2018); a few agencies never returned. */
    private void singleAgency() {
        LocalDate due = LocalDate.of(2018, 10, 31);
        List<Agency> agencies = draft.nonSchools().stream().filter(a -> a.role() != Role.CCG).toList();
        List<Integer> missing = indexes(agencies.size(), 3);
        int returned = 0;
        int invited = 0;
        for (int i = 0; i < agencies.size(); i++) {
            Agency a = agencies.get(i);
            if (missing.contains(i)) {
                draft.data.singleAgencyAudits.add("2018-19", a.code(), null, "", "", "", "", "", "", "", "", "", "",
                        "no");
                continue;
            }
            // Version 2's sections, written without a throw of the dice so the rest of the sample stays as it
            // was: every third agency that returned is invited to the moderation panel, up to four; every
            // fourth asks for a second way of actioning its audit.
            returned++;
            boolean moderation = returned % 3 == 1 && invited < 4;
            invited += moderation ? 1 : 0;
            LocalDate submitted = dice.chance(0.75) ? WorkingDays.minus(due, dice.between(0, 40))
                    : WorkingDays.add(due, dice.between(2, 30));
            int audits = dice.between(4, 24);
            int percentGood = dice.between(55, 85);
            String focus = dice.pick("supervision", "the voice of the child", "risk assessment",
                    "record keeping", "timeliness of referrals", "the use of chronologies");
            draft.data.singleAgencyAudits.add("2018-19", a.code(), submitted,
                    audits + " case file audits of frontline practice, including " + dice.between(2, 5)
                            + " themed audits on " + focus + ". " + percentGood + "% of cases were graded good or better.",
                    "Monthly performance scorecard reviewed at the senior leadership meeting. Exceptions (e.g. "
                            + "visits out of timescale > 10%) are challenged with team managers.",
                    "Practice is mostly safe. Recording of " + focus + " is inconsistent & needs improvement.",
                    "Where plans were reviewed on time, children's circumstances improved within 6 months.",
                    "The board can be assured that audit activity is regular; the agency asks partners to support "
                            + "joint audits on " + focus + ".",
                    "1. Re-audit " + focus + " in 6 months.\n2. Practice guidance to be refreshed.\n3. Share findings "
                            + "at team meetings.",
                    how(dice.pick("author-attending", "discussion", "presentation", "workshop", "circulate"),
                            returned % 4 == 0),
                    a.lead() == null ? "" : a.lead(),
                    "The " + audits + " audit reports (themed audits on " + focus + " included) and the monthly"
                            + " performance scorecard for the year, with the agency's commentary on each.",
                    "A. Case file audit tool and findings\nB. Performance scorecard, " + submitted.getMonth()
                            .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " "
                            + submitted.getYear(),
                    moderation ? "yes" : "no");
        }
    }

    /** The way picked, and with {@code second} also a discussion item (or a workshop), in appendix E's order. */
    private static String how(String picked, boolean second) {
        if (!second) {
            return picked;
        }
        List<String> order = List.of("author-attending", "discussion", "presentation", "workshop", "circulate");
        String other = picked.equals("discussion") ? "workshop" : "discussion";
        return order.indexOf(picked) < order.indexOf(other) ? picked + ";" + other : other + ";" + picked;
    }
}

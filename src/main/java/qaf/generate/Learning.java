package qaf.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import qaf.generate.Agencies.Agency;
import qaf.generate.Draft.EvaluationPlan;

/**
 * Seven-minute briefings (framework sections 5 and 9) with how agencies cascaded them, and the
 * learning events that spread the learning, with attendance and feedback.
 */
final class Learning {
    /** The content of one briefing, by purpose; headings are chosen separately because partnerships vary them. */
    private record Topic(String title, String sourceKind, String sourceRef, LocalDate published, String background,
            String findings, String why, String todo, String questions, String reading) {
    }

    private enum Slot { BACKGROUND, FINDINGS, WHY, TODO, QUESTIONS, CONTACTS, READING }

    private record Heading(String text, Slot slot) {
    }

    private static final List<List<Heading>> HEADING_SETS = List.of(
            List.of(new Heading("Background", Slot.BACKGROUND), new Heading("Why it matters", Slot.WHY),
                    new Heading("Information", Slot.FINDINGS), new Heading("What can you do", Slot.TODO),
                    new Heading("Questions to consider", Slot.QUESTIONS), new Heading("Local contacts", Slot.CONTACTS),
                    new Heading("Further reading", Slot.READING)),
            List.of(new Heading("What happened", Slot.BACKGROUND), new Heading("What we found", Slot.FINDINGS),
                    new Heading("Why it matters", Slot.WHY), new Heading("What you should do", Slot.TODO),
                    new Heading("Questions for supervision", Slot.QUESTIONS), new Heading("Who to contact", Slot.CONTACTS),
                    new Heading("Find out more", Slot.READING)),
            List.of(new Heading("Introduction", Slot.BACKGROUND), new Heading("Key messages", Slot.FINDINGS),
                    new Heading("The impact on children", Slot.WHY), new Heading("Practice tips", Slot.TODO),
                    new Heading("Reflective questions", Slot.QUESTIONS), new Heading("Contacts", Slot.CONTACTS),
                    new Heading("Resources", Slot.READING)));

    private static final List<String> ACTIONS_AGREED = List.of(
            "Team to add a was-not-brought check to every case discussion.",
            "Briefing to be revisited at the next team meeting; manager to dip-sample 5 cases.",
            "Each worker to complete the exploitation screening tool on open cases where missing episodes are recorded.",
            "Practice lead to update the team's induction pack.",
            "No actions agreed; the team already applies this learning.",
            "Supervision template to include \"What is it like to be this child?\".");

    private final Draft draft;
    private final Dice dice;

    Learning(Draft draft, Dice dice) {
        this.draft = draft;
        this.dice = dice;
    }

    void generate() {
        List<Topic> topics = topics();
        int n = 0;
        for (Topic t : topics) {
            n++;
            String ref = draft.ref(String.format("7MB-1819-%02d", n));
            draft.data.briefings.add(ref, t.title(), t.sourceKind(), t.sourceRef(), t.published());
            List<Heading> headings = dice.pick(HEADING_SETS);
            for (int s = 0; s < 7; s++) {
                Heading h = headings.get(s);
                draft.data.briefingSections.add(ref, s + 1, h.text(), text(t, h.slot()));
            }
            if (t.published() != null) {
                uses(ref, t.published());
            }
        }
        events();
    }

    private String text(Topic t, Slot slot) {
        return switch (slot) {
            case BACKGROUND -> t.background();
            case FINDINGS -> t.findings();
            case WHY -> t.why();
            case TODO -> t.todo();
            case QUESTIONS -> t.questions();
            // Ofcom's drama number range and example.org: contact details that reach nobody.
            case CONTACTS -> "MASH (Multi-Agency Safeguarding Hub): 01632 960192 (office hours); Emergency Duty Team: "
                    + "01632 960193. " + draft.profile.shortName() + " business unit: lscb@"
                    + draft.profile.area().toLowerCase(java.util.Locale.UK).replace(' ', '-') + ".example.org.";
            case READING -> (t.reading().isEmpty() ? "" : t.reading() + " ") + "Working Together to Safeguard Children (2018); the partnership's multi-agency procedures; "
                    + "the full overview report is available to partners on request.";
        };
    }

    private List<Topic> topics() {
        List<Topic> out = new ArrayList<>();
        for (EvaluationPlan plan : draft.evaluations) {
            int[] c = draft.gradingCounts.getOrDefault(plan.ref(), new int[3]);
            long cases = draft.cases.stream().filter(x -> x.evaluationRef().equals(plan.ref())).count();
            String figures = "The panel considered " + cases + " cases and " + c[0] + " agency self-evaluations; it"
                    + " changed " + c[1] + " grades, " + c[2] + " of them downwards.";
            LocalDate published = WorkingDays.add(plan.startsOn(), plan.full() ? 30 : 15);
            out.add(switch (plan.theme()) {
                case EXPLOITATION -> new Topic("Children at risk of criminal exploitation", "evaluation", plan.ref(),
                        published,
                        "The partnership evaluated how agencies work together with children associated with gangs"
                                + " and at risk of exploitation. " + figures,
                        "Missing episodes were the most common early sign. Return home interviews were often declined"
                                + " and not followed up. Schools noticed changes (new phones, money, older friends) first.",
                        "Exploited children are victims. When they are treated as offenders, they stop talking to us"
                                + " and the people exploiting them gain control.",
                        "Complete the exploitation screening tool after any missing episode.\nShare intelligence"
                                + " with police using the partnership form.\nConsider an NRM referral early.",
                        "Do you know who the child spends time with? What does the child say keeps them safe?",
                        "The framework's evaluation timetable (appendix B).");
                case ASSESSMENT -> new Topic("Quality of assessments and management oversight", "evaluation",
                        plan.ref(), published,
                        "A full evaluation of assessments and how managers oversee them. " + figures,
                        "Good assessments used history, included fathers and tested what parents said. Weaker ones"
                                + " relied on one account & recorded oversight as \"agree\" without reasons.",
                        "Assessment drives the plan; a plan built on one parent's account can leave children at risk.",
                        "Read the chronology before you assess.\nSee and speak to every adult in the household.\n"
                                + "Managers: write down why you agree.",
                        "What does this assessment tell you that you did not know before? Who has not been heard?",
                        "");
                case FAMILIAL_CSA -> new Topic("Child sexual abuse within the family", "evaluation", plan.ref(),
                        published,
                        "A full evaluation of the response to child sexual abuse within a familial context. " + figures,
                        "Children told someone they trusted, usually at school. Joint investigations were prompt;"
                                + " safety plans were not always checked, and one was breached at a family event.",
                        "Most child sexual abuse is committed by someone the child knows. Children often wait years"
                                + " to tell; how we respond decides whether they tell again.",
                        "Listen, do not question. Record the child's words exactly.\nRefer the same day.\nCheck"
                                + " that safety plans are working, not just agreed.",
                        "How would this child tell you? Who checks the safety plan at weekends?", "");
                case MISSING_EDUCATION -> new Topic("Children missing education", "evaluation", plan.ref(),
                        published,
                        "A condensed evaluation of five children missing education, following learning from a"
                                + " review. " + figures,
                        "Part-time timetables ran without review. Removal from roll for elective home education"
                                + " happened quickly; checks on suitability took months.",
                        "Children out of school are invisible to the professionals most likely to notice harm.",
                        "Tell the local authority the same day a child leaves the roll.\nReview part-time timetables"
                                + " every 6 weeks.",
                        "When did anyone last see this child? Who would notice if they moved away?", "");
                case NEGLECT -> new Topic("Was not brought: neglect and missed health appointments", "evaluation",
                        plan.ref(), published,
                        "A condensed evaluation of neglect where children were not brought to health appointments. "
                                + figures,
                        "Missed appointments were recorded but seen one at a time. Dental decay was the first"
                                + " visible sign in two cases.",
                        "Children do not miss appointments; they are not brought. A pattern is a safeguarding signal.",
                        "Use \"was not brought\" in records.\nShare missed appointments with the GP and lead"
                                + " professional.\nUse the Graded Care Profile 2.",
                        "How many appointments has this child missed this year? Who knows?", "");
            });
        }
        for (Draft.ReviewRecord r : draft.reviews) {
            if (r.ref().endsWith("SCR-1718-01")) {
                out.add(new Topic("Bruising in non-mobile babies", "review", r.ref(),
                        r.completedOn() == null ? null : r.completedOn().plusMonths(2),
                        "A serious case review about a baby who was seriously injured. Bruising had been seen by"
                                + " professionals before the injury.",
                        "Two professionals accepted explanations for bruising. Neither referred for a paediatric"
                                + " assessment as the protocol requires.",
                        "Bruising in a baby who is not yet mobile is rare and can be the first sign of abuse.",
                        "Follow the bruising protocol: every bruise on a non-mobile baby is referred.\nAsk who lives"
                                + " in the house, including new partners.",
                        "What stops you referring when a parent's explanation sounds reasonable?",
                        "The partnership's bruising protocol."));
            }
            if (r.ref().endsWith("MACR-1819-01")) {
                out.add(new Topic("Hidden men and domestic abuse", "review", r.ref(),
                        r.completedOn() == null ? null : r.completedOn().plusDays(21),
                        "A concise review after a child was injured during domestic abuse in the home.",
                        "The mother's partner was not known to children's services. Police risk assessments did not"
                                + " reach the school.",
                        "Men who pose a risk (and men who could protect) are often invisible in our records.",
                        "Ask who lives in the home and who visits.\nRecord fathers' and partners' details.\n"
                                + "Share DASH outcomes with the school.",
                        "Who is the most important man in this child's life? Have you met him?", ""));
            }
        }
        out.add(new Topic("Contextual safeguarding: harm outside the home", "theme", "Contextual safeguarding",
                LocalDate.of(2018, 10, dice.between(1, 26)),
                "Young people can face harm in parks, takeaways, transport hubs and online, not only at home.",
                "In the exploitation evaluation most incidents happened in public places that agencies knew about.",
                "Parents cannot always protect children from harm outside the home; plans must address places and"
                        + " peer groups as well as families.",
                "Map where the young person goes.\nShare information about places with the community safety team.",
                "Which places in our area feel unsafe to young people? How do you know?",
                "Contextual safeguarding network resources."));
        return out;
    }

    private void uses(String ref, LocalDate published) {
        if (!published.isBefore(Draft.YEAR_END)) {
            return;
        }
        List<Agency> pool = new ArrayList<>(draft.nonSchools());
        pool.addAll(dice.sample(draft.schools(), 4));
        for (Agency a : dice.sample(pool, dice.between(4, 8))) {
            int teams = dice.chance(0.25) ? 2 : 1;
            for (int t = 0; t < teams; t++) {
                draft.data.briefingUses.add(ref, a.code(), dice.dateBetween(published.plusDays(2), Draft.YEAR_END),
                        team(a.role(), t), dice.between(0, 10) == 0 ? 0 : dice.between(3, 28),
                        dice.pick(ACTIONS_AGREED));
            }
        }
    }

    private String team(Role role, int index) {
        List<String> teams = switch (role) {
            case POLICE -> List.of("Public Protection Unit", "Neighbourhood Policing Team North");
            case SOCIAL_CARE -> List.of("Assessment Team 1", "Child Protection Team 2");
            case HOSPITAL -> List.of("Emergency Department nurses", "Paediatric ward");
            case COMMUNITY_HEALTH -> List.of("Health visiting team (East)", "School nursing team");
            case SCHOOL -> List.of("All staff INSET", "Pastoral team");
            case GP -> List.of("Practice safeguarding leads forum", "Salaried GPs' meeting");
            default -> List.of("Whole team meeting", "Managers' meeting");
        };
        return teams.get(index % teams.size());
    }

    private void events() {
        List<String[]> events = new ArrayList<>();
        String f1 = draft.ref("MACE-1819-F1");
        events.add(new String[] {"briefing-session", "Learning from a serious case review: bruising in non-mobile babies",
            "Bruising in non-mobile babies", "2018-05-17", draft.ref("SCR-1718-01")});
        events.add(new String[] {"course", "Recognising and responding to child criminal exploitation",
            "Children associated with gangs and at risk of exploitation", "2018-07-12", f1});
        events.add(new String[] {"webinar", "Keeping Children Safe in Education 2018: what has changed",
            "Safeguarding in education", "2018-09-20", ""});
        events.add(new String[] {"conference", draft.profile.shortName() + " annual conference: harm outside the home",
            "Contextual safeguarding", "2018-10-18", ""});
        events.add(new String[] {"briefing-session", "Findings from the evaluation of assessments and oversight",
            "Quality of assessments and management oversight", "2018-10-04", draft.ref("MACE-1819-F2")});
        events.add(new String[] {"course", "Graded Care Profile 2 practitioner training", "Neglect", "2018-11-08", ""});
        events.add(new String[] {"briefing-session", "Children missing education: learning from the condensed evaluation",
            "Children missing education", "2018-11-22", draft.ref("MACE-1819-C1")});
        events.add(new String[] {"course", "Effective core groups and SMART plans", "Planning", "2018-12-06", ""});
        events.add(new String[] {"briefing-session", "Child sexual abuse in the family: findings of the evaluation",
            "Child sexual abuse within a familial context", "2019-01-24", draft.ref("MACE-1819-F3")});
        events.add(new String[] {"course", "Working with hidden men", "Domestic abuse", "2019-02-07",
            draft.ref("RR-1819-02")});
        events.add(new String[] {"webinar", "Was not brought: missed health appointments", "Neglect", "2019-03-14",
            draft.ref("MACE-1819-C2")});
        events.add(new String[] {"course", "Safer sleep and coping with crying babies", "Infant safety", "2019-03-21",
            ""});
        int n = 0;
        for (String[] e : events) {
            n++;
            String ref = draft.ref(String.format("LE-1819-%02d", n));
            LocalDate held = LocalDate.parse(e[3]).plusDays(draft.profile.sample() ? 0 : dice.between(0, 6));
            draft.data.learningEvents.add(ref, e[0], e[1], e[2], held, e[4]);
            List<Agency> pool = new ArrayList<>(draft.nonSchools());
            pool.addAll(dice.sample(draft.schools(), 6));
            List<Agency> attending = dice.sample(pool, e[0].equals("conference") ? 16 : dice.between(5, 12));
            List<String> attendingCodes = new ArrayList<>();
            int total = 0;
            for (Agency a : attending) {
                int count = e[0].equals("conference") ? dice.between(3, 20) : dice.between(1, 9);
                total += count;
                attendingCodes.add(a.code());
                draft.data.attendance.add(ref, a.code(), count);
            }
            int respondents = Math.min(total, dice.between(8, 25));
            for (int r = 1; r <= respondents; r++) {
                int before = dice.between(1, 4);
                int after = Math.min(5, before + dice.pick(0, 1, 1, 1, 2, 2));
                int rating = dice.pick(3, 4, 4, 4, 5, 5, 5, 2);
                draft.data.eventFeedback.add(ref, String.format("R%03d", r),
                        dice.chance(0.85) ? dice.pick(attendingCodes) : null, rating,
                        dice.chance(0.9) ? before : null, dice.chance(0.9) ? after : null,
                        dice.chance(0.35) ? dice.pick("Really useful, especially the case examples.",
                                "Too much content for the time available.",
                                "I will use the questions in supervision.",
                                "Would like a follow-up session & the slides, please.",
                                "The venue was hard to get to by public transport.",
                                "Hearing the young person's story was powerful; \"nothing about me without me\".")
                                : "");
            }
        }
    }
}

package qaf.generate;

import java.util.List;
import qaf.generate.Draft.CaseRecord;

/** The panel's case story, written with the pseudonym only (board documents show it). */
final class CaseSummaries {
    private CaseSummaries() {
    }

    /** {@code variant} picks the story, so consecutive cases of one evaluation differ. */
    static String summary(CaseRecord c, int variant) {
        String status = switch (c.caseType()) {
            case "cin" -> "open to Children's Social Care as a child in need";
            case "cp" -> "subject to a child protection plan";
            case "cic" -> "looked after by the local authority";
            case "early-help" -> "supported through an Early Help plan";
            case "care-leaver" -> "a care leaver supported by the leaving care service";
            case "adoption" -> "placed for adoption";
            default -> "being assessed by Children's Social Care";
        };
        List<String> stories = stories(c.theme());
        String story = stories.get(variant % stories.size());
        return c.pseudonym() + " was " + ageWords(c.age()) + " at the start of the evaluation and " + status + ". "
                + story + " " + c.agencyCodes().size() + " agencies were involved in the six months reviewed.";
    }

    private static String ageWords(int age) {
        return age == 0 ? "under one year old" : age + (age == 1 ? " year old" : " years old");
    }

    private static List<String> stories(Theme theme) {
        return switch (theme) {
            case EXPLOITATION -> List.of(
                    "Repeated missing episodes, often overnight, with the child found in other towns with cash and"
                            + " phones. Return home interviews were offered but rarely completed.",
                    "Concerns about criminal exploitation (\"county lines\") were recognised by the school first."
                            + " A disruption plan was agreed with police after a third arrest.",
                    "The child was excluded from school and spent most days in the town centre with older peers."
                            + " An NRM referral was made late in the period reviewed.");
            case ASSESSMENT -> List.of(
                    "The assessment relied on the mother's account; the father was not seen and previous referrals"
                            + " were not analysed.",
                    "Management oversight was recorded at each stage, with clear reasons for decisions.",
                    "Three changes of social worker delayed the assessment, which completed outside timescales.");
            case FAMILIAL_CSA -> List.of(
                    "The child disclosed abuse by a family member to a teacher. The joint investigation was prompt;"
                            + " the criminal case did not proceed.",
                    "Sexualised behaviour at school was the first sign. A safety plan limited contact with the"
                            + " alleged perpetrator, but it was breached at a family event.",
                    "Therapeutic support started quickly; the non-abusing parent was supported to protect.");
            case MISSING_EDUCATION -> List.of(
                    "Attendance fell below 60% before the child was removed from roll for elective home education.",
                    "The family moved address twice; the child was missing from education for 7 weeks before being"
                            + " located.",
                    "Part-time timetable for over a term without a review date.");
            case NEGLECT -> List.of(
                    "A pattern of missed health appointments (dental, audiology, asthma) was not shared between"
                            + " health agencies until the child needed extractions under anaesthetic.",
                    "Poor home conditions were recorded on several visits before the Graded Care Profile was used.",
                    "The child often arrived at school hungry; breakfast club helped, and the plan improved home"
                            + " routines.");
        };
    }
}

package qaf.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * What agencies record about a child, written as chronology practice asks: facts, not opinion,
 * with the record each entry comes from. Templates are {@code "flags|event|action"}, where the
 * flags are {@code +}, {@code -} or {@code =} for the impact, {@code K} for a key event,
 * {@code T} for an entry that carries a time, and the ages it fits: {@code Y} under five,
 * {@code P} five and over, {@code O} ten and over. Placeholders: {name}, {he}, {him}, {his}, {He},
 * {His}, {school}.
 */
final class ChronologyTexts {
    record Template(String event, String action, String impact, boolean key, boolean timed, int minAge, int maxAge) {
        static Template parse(String spec) {
            String[] parts = spec.split("\\|", -1);
            String flags = parts[0];
            String impact = flags.contains("+") ? "positive" : flags.contains("-") ? "negative"
                    : flags.contains("=") ? "neutral" : "";
            int min = flags.contains("O") ? 10 : flags.contains("P") ? 5 : 0;
            int max = flags.contains("Y") ? 4 : 99;
            return new Template(parts[1], parts.length > 2 ? parts[2] : "", impact, flags.contains("K"),
                    flags.contains("T"), min, max);
        }

        boolean fits(int age) {
            return age >= minAge && age <= maxAge;
        }
    }

    private ChronologyTexts() {
    }

    /** The agency's main case record, the default source of its entries. */
    static String mainRecord(Role role) {
        return switch (role) {
            case POLICE -> "Police Niche record";
            case SOCIAL_CARE -> "CSC case record";
            case LEAVING_CARE -> "Leaving care case record";
            case EARLY_HELP -> "Early Help record";
            case HOSPITAL -> "Paediatric record";
            case COMMUNITY_HEALTH -> "0-19 service record";
            case CAMHS -> "CAMHS record";
            case GP -> "GP record";
            case AMBULANCE -> "Ambulance patient report form";
            case PROBATION, REHABILITATION -> "Probation case record";
            case YOUTH_JUSTICE -> "YJS case record";
            case HOUSING -> "Housing case notes";
            case DOMESTIC_ABUSE -> "IDVA case record";
            case YOUTH_PROJECT -> "Youth project session notes";
            case SUBSTANCE_MISUSE -> "Recovery service record";
            case ADULT_SOCIAL_CARE -> "Adult social care record";
            case SCHOOL, SCHOOLS_LEAD -> "School CPOMS";
            case CCG -> "CCG safeguarding record";
        };
    }

    /**
     * The record an entry comes from: the agency's main record unless the event names a more
     * specific one (minutes of a meeting, a register, an assessment tool).
     */
    static String source(Role role, String event, boolean timed) {
        String e = event.toLowerCase(java.util.Locale.UK);
        if (e.contains("strategy discussion") || e.contains("strategy meeting")) {
            return "Strategy discussion minutes";
        }
        if (e.startsWith("supervision")) {
            return "Supervision record";
        }
        if (e.contains("child protection conference")) {
            return "ICPC minutes";
        }
        if (e.contains("marac")) {
            return "MARAC minutes";
        }
        if (e.contains("taf meeting")) {
            return "Team around the family minutes";
        }
        if (e.contains("assetplus")) {
            return "AssetPlus assessment";
        }
        if (e.contains("pathway plan")) {
            return "Pathway plan";
        }
        return switch (role) {
            case POLICE -> timed ? "Police STORM log" : e.contains("notification") ? "Public Protection Unit referral record"
                    : e.contains("arrested") ? "Custody record" : "Police Niche record";
            case HOSPITAL -> e.contains(" ed ") || e.contains("emergency") || e.startsWith("attended ed")
                    || e.contains("brought to ed") ? "ED attendance record" : "Paediatric record";
            case COMMUNITY_HEALTH -> e.contains("school nurse") ? "School nursing record" : e.contains("health visit")
                    ? "Health visiting record" : "0-19 service record";
            case CAMHS -> e.contains("triage") ? "CAMHS triage record" : "CAMHS record";
            case SCHOOL, SCHOOLS_LEAD -> e.startsWith("attendance") ? "Attendance register" : "School CPOMS";
            default -> mainRecord(role);
        };
    }

    /** An entry in which the child was seen or spoken to; the child's voice is recorded with it. */
    static String contact(Role role) {
        return switch (role) {
            case POLICE -> "Officers spoke with {name} at the address.";
            case SOCIAL_CARE -> "Home visit by the social worker: {name} seen alone in {his} bedroom.";
            case LEAVING_CARE -> "Personal adviser met {name} for coffee in town.";
            case EARLY_HELP -> "Family support worker visited; {name} was spoken to about home and school.";
            case HOSPITAL -> "{name} seen by the paediatric nurse on the ward.";
            case COMMUNITY_HEALTH -> "{name} seen by the 0-19 practitioner at a clinic appointment.";
            case CAMHS -> "{name} attended a CAMHS appointment.";
            case GP -> "{name} seen by the GP.";
            case YOUTH_JUSTICE -> "{name} attended a YJS session.";
            case DOMESTIC_ABUSE -> "Children's worker session with {name}.";
            case YOUTH_PROJECT -> "{name} talked to a youth worker at the project.";
            case SCHOOL, SCHOOLS_LEAD -> "{name} spoke to the learning mentor.";
            default -> "{name} was seen.";
        };
    }

    /** The agency's usual entries plus those specific to the evaluation's theme. */
    static List<Template> templates(Role role, Theme theme) {
        List<Template> out = new ArrayList<>();
        for (String s : generic(role)) {
            out.add(Template.parse(s));
        }
        for (String s : ThemedChronologyTexts.themed(role, theme)) {
            out.add(Template.parse(s));
        }
        return out;
    }

    private static List<String> generic(Role role) {
        return switch (role) {
            case POLICE -> List.of(
                    "T=|Officers attended the family home following a call from a neighbour reporting shouting. No offences disclosed. {name} was seen and spoken to.|DASH risk assessment completed: standard risk. PPIU notification sent to CSC.",
                    "T-K|999 call from Mother reporting that her ex-partner had forced entry & damaged the front door. {name} was present in the house.|Ex-partner arrested for criminal damage and common assault. DASH: high risk. Referral to MARAC.",
                    "T=|Police welfare check requested by school after {name} did not arrive. {name} found at home with Mother.|No further action. Information shared with school by email.",
                    "=|Vulnerable child notification (PPIU) shared with Children's Social Care.|",
                    "T-P|{name} reported missing by Mother at 22:40. Found at 01:15 at a friend's address and returned home.|Return home interview requested from the missing from home service.",
                    "=|Intelligence report submitted regarding adults visiting the address late at night.|Shared with neighbourhood team. No further action at this time.",
                    "+|Officers attended strategy discussion and shared history of incidents at the address.|Joint section 47 enquiry agreed."
            );
            case SOCIAL_CARE -> List.of(
                    "=|Contact received via the MASH from the school raising concerns about {name}'s presentation.|MASH checks completed within 24 hours; threshold for assessment met.",
                    "+|Child and family assessment completed. {name} seen alone on two occasions.|Outcome: child in need plan.",
                    "-|Child and family assessment completed outside the 45 working day timescale (day 58).|Team manager authorised late completion; reason recorded as staff absence.",
                    "=|Home visit completed by allocated social worker. Home conditions described as \"cluttered but adequate\".|",
                    "-|Planned home visit: no answer at the door. Card left.|Visit rebooked for the following week.",
                    "+|Supervision: case discussed with team manager. Plan reviewed and actions updated.|1. Social worker to complete direct work with {name}.\n2. Chase health assessment.\n3. Convene core group within 10 working days.",
                    "=|Change of allocated social worker (third worker in 12 months).|Introductory visit arranged.",
                    "-|No management oversight recorded on the file for 11 weeks.|",
                    "+|Child in need review held. Attended by school, health visitor/school nurse and Mother.|Plan updated; next review in 3 months.",
                    "TK=|Strategy discussion held by telephone with police & health.|Section 47 enquiry agreed. Police to lead on joint visit.",
                    "+|Direct work session with {name} using the \"three houses\" tool.|Views recorded and shared at the next meeting."
            );
            case LEAVING_CARE -> List.of(
                    "=|Pathway plan review completed with {name}. Accommodation, education and finances discussed.|Personal adviser to support a college application.",
                    "-|{name} did not attend a planned meeting with the personal adviser.|Text message sent; meeting rearranged.",
                    "+|{name} supported to open a bank account and apply for Universal Credit.|",
                    "=|Personal adviser visited {name} at supported accommodation.|"
            );
            case EARLY_HELP -> List.of(
                    "+|Early Help assessment completed with Mother and {name}.|Team around the family (TAF) arranged.",
                    "=|TAF meeting held. School, health and Mother attended; GP sent apologies.|Action plan agreed with Mother.",
                    "-|TAF meeting cancelled as Mother did not attend.|Lead professional to contact Mother by telephone.",
                    "+|Parenting programme: Mother attended 6 of 8 sessions.|Certificate awarded.",
                    "=|Early Help case reviewed; step-up to Children's Social Care discussed with team manager.|Referral to MASH made the same day.",
                    "=|Home visit by family support worker. Routines chart introduced.|"
            );
            case HOSPITAL -> List.of(
                    "T=|{name} attended the Emergency Department (A&E) with Mother with a minor head injury after a fall.|Examined, discharged home. Liaison form sent to health visitor/school nurse.",
                    "T-K|{name} brought to ED by ambulance. Injury history inconsistent between Mother's and {name}'s accounts.|Paediatric review; safeguarding referral to MASH made at 02:30.",
                    "=|Outpatient appointment (paediatrics): {name} was not brought.|Second appointment sent; GP informed.",
                    "+|Hospital safeguarding team reviewed the ED attendances (3 in 12 months) and shared them with CSC.|",
                    "T=|Attended ED with abdominal pain. Observations within normal range; temperature < 38°C.|Discharged with advice."
            );
            case COMMUNITY_HEALTH -> List.of(
                    "=P|School nurse drop-in: {name} attended and asked about sleep.|Sleep hygiene advice given.",
                    "+Y|Health visitor completed a home visit. Growth plotted on the 25th centile.|",
                    "-Y|Health visiting contact: no access visit.|Letter sent with new appointment.",
                    "=|School nurse attended the child in need review and shared health information.|",
                    "+|Review health assessment completed. Immunisations up to date.|"
            );
            case CAMHS -> List.of(
                    "=P|Referral received from GP. Triage completed; routine priority.|Placed on waiting list (estimated 14 weeks).",
                    "-P|{name} was not brought to the CAMHS choice appointment.|Discharged to GP under the was-not-brought policy.",
                    "+P|CAMHS assessment completed with {name} and Mother.|Offered 8 sessions of CBT.",
                    "=P|CAMHS clinician attended the professionals' meeting.|"
            );
            case GP -> List.of(
                    "=|GP consultation: Mother attended with {name} for a chest infection.|Antibiotics prescribed.",
                    "-Y|{name} was not brought to the pre-school immunisation appointment.|Recall letter sent.",
                    "=|GP received the MARAC notification and added an alert to the family's records.|",
                    "+P|GP consultation: {name} seen with Mother regarding low mood.|Referral to CAMHS; safety plan discussed.",
                    "-|Request for GP report for the ICPC received. No report was sent.|"
            );
            case AMBULANCE -> List.of(
                    "T-K|Ambulance crew attended the address following a call from Mother. {name} conveyed to ED.|Safeguarding referral made by the crew."
            );
            case PROBATION, REHABILITATION -> List.of(
                    "=|Mother's partner released from custody on licence. Licence conditions include non-contact with the ex-partner.|Home address check requested from CSC.",
                    "-|Mother's partner missed a probation appointment.|Warning letter issued.",
                    "=|Probation officer shared risk information with the social worker by email.|"
            );
            case YOUTH_JUSTICE -> List.of(
                    "=O|{name} started a referral order (6 months).|Referral order panel held; contract agreed.",
                    "+O|{name} attended the YJS session on consequential thinking.|",
                    "-O|{name} did not attend the YJS appointment.|Home visit the following day.",
                    "=O|AssetPlus assessment completed; risk of serious harm assessed as medium.|"
            );
            case HOUSING -> List.of(
                    "-|Rent arrears of £1,240 recorded. Notice seeking possession served.|Referral to the tenancy sustainment officer.",
                    "=|Repairs request: damp & mould in the children's bedroom.|Repair completed 6 weeks later.",
                    "=|Neighbour complaint about noise late at night logged.|Tenancy officer visited; warning given."
            );
            case DOMESTIC_ABUSE -> List.of(
                    "=|IDVA contacted Mother following the MARAC referral.|Safety plan completed; target hardening requested.",
                    "+|Mother attended the Freedom Programme (week 4 of 11).|",
                    "-|IDVA unable to contact Mother after 3 attempts.|Case closed to IDVA; MARAC informed."
            );
            case YOUTH_PROJECT -> List.of(
                    "+P|{name} attended the youth project's Tuesday group and took part in a cooking session.|",
                    "=P|Youth worker met {name} in town for a one-to-one session.|"
            );
            case SUBSTANCE_MISUSE -> List.of(
                    "=|Mother assessed by the recovery service for alcohol use. AUDIT score 24.|Offered group work and a key worker.",
                    "-|Mother did not attend the recovery service appointment.|"
            );
            case ADULT_SOCIAL_CARE -> List.of(
                    "=|Carer's assessment offered to Mother.|"
            );
            case SCHOOL, SCHOOLS_LEAD -> List.of(
                    "=|Attendance at 87% for the half term (persistent absence threshold < 90%).|Attendance letter 1 sent to Mother.",
                    "-|{name} arrived in school without a coat or breakfast for the third time this week.|Breakfast club place offered.",
                    "=|DSL logged that {name} was collected late (18:10) by an unknown adult.|Mother contacted; adult confirmed as a family friend.",
                    "+|{name} received a headteacher's award for effort in reading.|",
                    "=|DSL attended the core group / review meeting and shared attendance data.|",
                    "-|Fixed-term exclusion (2 days) for swearing at a member of staff.|Reintegration meeting held with Mother.",
                    "+|Learning mentor sessions started weekly for {name}.|"
            );
            case CCG -> List.of("=|Designated nurse collated the health chronology.|");
        };
    }

    /** Things children say or show, by age; the child's own words, in quotes where recorded verbatim. */
    static List<String> voices(int age, Theme theme) {
        List<String> out = new ArrayList<>();
        if (age < 8) {
            out.addAll(List.of("{name} drew a picture of the family and left {him}self out of it.",
                    "\"Mummy cries a lot.\"",
                    "{name} was quiet and clung to the teacher at home time.",
                    "\"I don't like it when the shouting happens, I hide under the bed.\"",
                    "{name} said {he} was hungry and asked for a second breakfast.",
                    "\"I like school 'cos I get dinner.\""));
        } else if (age < 13) {
            out.addAll(List.of("\"Nobody listens to me, I've said it loads of times.\"",
                    "{name} said {he} worries about Mum when {he} is at school.",
                    "\"I want to live with my nan.\"",
                    "{name} said {he} is scared of Mum's boyfriend & doesn't want to go home.",
                    "\"I like my social worker but she keeps changing.\"",
                    "{name} said {he} has no friends and gets picked on at break."));
        } else {
            out.addAll(List.of("\"What's the point, you lot just write stuff down.\"",
                    "{name} said {he} feels safer out of the house than in it.",
                    "\"I'm not a grass.\"",
                    "{name} said {he} would like a worker who \"actually turns up\".",
                    "\"I just want to be normal, go to college, get a job.\"",
                    "{name} said {he} had not slept properly for weeks and \"can't stop thinking\"."));
        }
        switch (theme) {
            case EXPLOITATION -> out.addAll(List.of("\"They look after me, they're my mates.\"",
                    "{name} said {he} \"has to\" go out when {his} phone rings."));
            case FAMILIAL_CSA -> out.addAll(List.of("{name} said {he} didn't want to go to Uncle's house any more.",
                    "\"It's my fault, I shouldn't have told.\""));
            case NEGLECT -> out.add("{name} said there is never any food in the house at weekends.");
            case MISSING_EDUCATION -> out.add("\"I don't want to go back, everyone laughs at me.\"");
            case ASSESSMENT -> out.add("{name} said nobody had asked {him} what {he} thought.");
        }
        return out;
    }
}

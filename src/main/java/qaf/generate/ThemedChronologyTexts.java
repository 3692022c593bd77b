package qaf.generate;

import java.util.List;

/**
 * The chronology entries an agency records only in cases on the evaluation's theme (exploitation,
 * familial abuse, assessment, children missing education, neglect), added to its usual entries by
 * {@link ChronologyTexts#templates}, in the template format {@link ChronologyTexts} describes. A
 * declarative table: one list of templates per theme and agency role.
 */
final class ThemedChronologyTexts {
    private ThemedChronologyTexts() {
    }

    /** The role's templates for the theme; empty where the theme adds none for that role. */
    static List<String> themed(Role role, Theme theme) {
        return switch (theme) {
            case EXPLOITATION -> exploitation(role);
            case FAMILIAL_CSA -> familialAbuse(role);
            case ASSESSMENT -> assessment(role);
            case MISSING_EDUCATION -> missingEducation(role);
            case NEGLECT -> neglect(role);
        };
    }

    private static List<String> exploitation(Role role) {
        return switch (role) {
            case POLICE -> List.of(
                    "TK-O|{name} stopped by officers in a car with two adult males 40 miles out of the area. £340 in cash & two mobile phones found.|{name} returned home. Intelligence submitted; NRM referral considered.",
                    "T-O|Stop and search of {name} in the town centre: small quantity of cannabis found.|Community resolution.",
                    "T-KO|{name} reported missing for 3 days. Located at an address in another force area where drugs were found.|Safe and well check completed; referral to CSC; adult occupants arrested.",
                    "=O|Child exploitation screening tool completed: score 18 (\"significant risk\" band is > 15).|Referred to the complex safeguarding team.",
                    "T-O|{name} arrested for possession of a bladed article (kitchen knife) outside a takeaway.|Released under investigation; YJS informed.",
                    "+O|National Referral Mechanism (NRM) referral submitted for {name}.|Positive reasonable grounds decision received 12 days later."
            );
            case SOCIAL_CARE -> List.of(
                    "K-O|Complex safeguarding strategy meeting held. Risk of criminal exploitation assessed as high.|Safety plan agreed; disruption activity requested from police.",
                    "=P|Return home interview offered to {name} after a missing episode; {name} declined.|Information passed to the missing from home coordinator.",
                    "+O|Social worker completed exploitation direct work (\"my safety map\") with {name}.|",
                    "-P|Return home interview not completed within 72 hours of the missing episode.|"
            );
            case SCHOOL, SCHOOLS_LEAD -> List.of(
                    "-O|{name} seen with a new mobile phone and designer clothing; told staff they were \"from a mate\".|DSL recorded concern; shared with the social worker.",
                    "-O|Permanent exclusion considered after {name} brought a knife into school.|Managed move to the pupil referral unit agreed.",
                    "=O|{name} left the school site at lunchtime without permission.|Mother and police informed."
            );
            case YOUTH_JUSTICE -> List.of(
                    "-O|{name} disclosed owing money (a \"debt\") to older boys.|Information shared with police and the social worker the same day.",
                    "+O|{name} engaged in a mentoring session about county lines and grooming.|"
            );
            case HOSPITAL -> List.of("T-KO|{name} attended ED with a stab wound to the thigh. Would not say how it happened.|Police informed; safeguarding referral made.");
            case YOUTH_PROJECT -> List.of("+O|Youth worker completed detached outreach; {name} seen in the park and engaged well.|");
            default -> List.of();
        };
    }

    private static List<String> familialAbuse(Role role) {
        return switch (role) {
            case POLICE -> List.of(
                    "TK-|{name} disclosed to a teacher that an older relative had touched {him} inappropriately. Report received by police.|Joint investigation with CSC; suspect arrested and bailed with conditions not to contact children.",
                    "K=|Achieving Best Evidence (ABE) interview completed with {name}.|",
                    "-|CPS decision: no further action due to insufficient evidence.|Family and CSC informed."
            );
            case SOCIAL_CARE -> List.of(
                    "K=|Strategy discussion following {name}'s disclosure. Section 47 enquiry agreed.|Child protection medical arranged at the Sexual Assault Referral Centre.",
                    "K-|Initial child protection conference held. {name} made subject to a child protection plan (category: sexual abuse).|Core group to meet within 10 working days.",
                    "=|Written agreement signed by Mother: the alleged perpetrator is not to have unsupervised contact.|",
                    "-|Contact record shows the alleged perpetrator attended a family party where {name} was present.|Strategy discussion reconvened."
            );
            case SCHOOL, SCHOOLS_LEAD -> List.of(
                    "K-|{name} showed sexualised behaviour in class beyond that expected for {his} age (Brook traffic light: red).|DSL referral to MASH the same day.",
                    "+|{name} began weekly sessions with the school counsellor.|"
            );
            case HOSPITAL -> List.of("K=|Child protection medical at the Sexual Assault Referral Centre.|Findings shared at the strategy meeting.");
            case CAMHS -> List.of("+P|Trauma-focused therapy started; {name} attended 5 sessions.|");
            case GP -> List.of("-|{name} presented with recurrent urinary tract infections (3 in 6 months).|No safeguarding consideration recorded.");
            default -> List.of();
        };
    }

    private static List<String> assessment(Role role) {
        return switch (role) {
            case SOCIAL_CARE -> List.of(
                    "-|Assessment recorded Mother's account only; father not contacted or seen.|",
                    "+|Team manager recorded a clear rationale for the decision to step down to Early Help.|",
                    "-|Assessment did not reference the previous two referrals (2016 and 2017).|",
                    "=|Management oversight recorded: \"Agree with plan\" (no analysis).|",
                    "+|Assessment included the views of the school, the GP and the health visitor.|"
            );
            case EARLY_HELP -> List.of("-|Early Help assessment reviewed: outcomes not measurable.|Lead professional asked to revise the plan.");
            case SCHOOL, SCHOOLS_LEAD -> List.of("=|School contributed to the assessment by telephone; no written report requested.|");
            case COMMUNITY_HEALTH -> List.of("-|Health visitor not invited to contribute to the assessment.|");
            default -> List.of();
        };
    }

    private static List<String> missingEducation(Role role) {
        return switch (role) {
            case SCHOOL, SCHOOLS_LEAD -> List.of(
                    "K-|{name} absent for 10 consecutive school days. Home visit by school: no answer.|Child missing education referral made.",
                    "-|Mother informed the school by letter that she would electively home educate {name}.|Removed from roll; local authority informed.",
                    "=|Attendance at 62% for the autumn term.|Attendance panel meeting arranged.",
                    "-|Elective home education adviser visited; no suitable education plan seen.|School attendance order process considered."
            );
            case SOCIAL_CARE -> List.of("-|CME notification received; no record of checks made with the family.|");
            case POLICE -> List.of("T=|Police welfare check at the request of the education welfare service. {name} seen.|");
            case COMMUNITY_HEALTH -> List.of("-P|School nurse unable to locate {name} for the Year 6 measurement programme.|");
            default -> List.of();
        };
    }

    private static List<String> neglect(Role role) {
        return switch (role) {
            case GP -> List.of(
                    "-P|{name} was not brought to the asthma review (third missed appointment).|Letter sent; no follow-up call.",
                    "K-|Dental abscess; 6 teeth require extraction under general anaesthetic.|Referral to community dental service."
            );
            case COMMUNITY_HEALTH -> List.of(
                    "-Y|Graded Care Profile 2 completed by health visitor: physical care scored 4.|Shared with the social worker.",
                    "-P|Head lice recurring; {name} scratching in class.|Treatment advice given to Mother."
            );
            case HOSPITAL -> List.of("-|{name} was not brought to the audiology appointment.|Discharged back to GP.");
            case SOCIAL_CARE -> List.of(
                    "K-|Home visit: no food in the fridge, dog faeces on the kitchen floor, {name}'s mattress stained.|Strategy discussion arranged.",
                    "+|Graded Care Profile 2 repeated: improvement in physical care (from 4 to 2).|"
            );
            case SCHOOL, SCHOOLS_LEAD -> List.of("-|{name} wearing the same uniform for 2 weeks; smell noted by peers.|Spare uniform provided; DSL logged concern.");
            default -> List.of();
        };
    }
}

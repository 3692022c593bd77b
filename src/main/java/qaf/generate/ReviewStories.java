package qaf.generate;

import java.util.List;

/**
 * The story behind each review's child, as the agencies' chronologies tell it: the history, the
 * build-up, the incident the review is about and what followed. A story is scripted entries,
 * which every telling has, plus routine entries drawn at random to give each chronology its volume.
 *
 * <p>An entry is {@code "AGENCY|WHEN|flags|event|action|voice"}. AGENCY is a local agency code, or
 * {@code SCH} for whichever school takes a child of that age (the entry is dropped when none does).
 * WHEN is days from a base: no letter or {@code I} the incident, {@code A} the day the partnership
 * became aware, {@code O} the day the case opened, {@code D} the date of birth; then a range
 * {@code -90..-60} or a single offset. Flags are those of {@link ChronologyTexts.Template} plus
 * {@code m} (month only, approximate) and {@code y} (year only). Placeholders: those of
 * {@link EntryWording#fill}, {partner} (an adult known to the family), {setting} ("the school" or
 * "the nursery").
 */
final class ReviewStories {
    /** What a review is about; decides its child's case and chronology. */
    enum Story {
        INFANT_INJURY, METHADONE, EXPLOITATION, DOMESTIC_ABUSE, NEGLECT_ESCALATION, HEALTH_PATTERN, DA_NOTIFICATION,
        RECORDS_TRANSFER, INFANT_SKULL,
        /** Child death reviews: only counts and themes reach the reports, so no case is generated. */
        CHILD_DEATH
    }

    /**
     * How one story is told: the theme whose routine entries and voices fit it, the case the child
     * has (its lead agency, type, team and when it opened), and its entries. {@code closedAfterAware}
     * is the number of days after the aware date the case closed, or -1 when it is still open.
     */
    record Plan(Theme theme, String leadCode, String caseType, String team, String opened, int closedAfterAware,
            List<String> script, List<String> routine) {
    }

    /** Adults the family knows; the chronologies name them as agencies' records do. */
    static final List<String> PARTNERS = List.of("Dean", "Kamil", "Jordan", "Arben", "Lee", "Tariq", "Florin",
            "Shane", "Kyle", "Marius", "Connor", "Nathaniel", "Dwayne", "Rafał");

    /** What a baby too young to speak showed; recorded as the child's voice. */
    static final List<String> INFANT_VOICES = List.of(
            "{name} was quiet and watchful and did not smile during the visit.",
            "{name} cried when put down and settled only when held close.",
            "{name} smiled & babbled at the practitioner; good eye contact.",
            "{name} flinched when {his} nappy was changed.",
            "{name} was unsettled, arching {his} back; Mother said \"{he}'s always like this\".");

    private ReviewStories() {
    }

    static Plan plan(Story story) {
        return switch (story) {
            case INFANT_INJURY -> infantInjury();
            case METHADONE -> methadone();
            case EXPLOITATION -> exploitation();
            case DOMESTIC_ABUSE -> domesticAbuse();
            case NEGLECT_ESCALATION -> neglectEscalation();
            case HEALTH_PATTERN -> healthPattern();
            case DA_NOTIFICATION -> notification();
            case RECORDS_TRANSFER -> recordsTransfer();
            case INFANT_SKULL -> infantSkull();
            case CHILD_DEATH -> throw new IllegalArgumentException("child death reviews have no case");
        };
    }

    private static Plan infantInjury() {
        return new Plan(Theme.ASSESSMENT, "EH", "early-help", "Early Help Locality Team", "D+44..+52", -1, List.of(
                "POL|-1500..-700|m=|Mother's previous partner arrested after a domestic abuse incident at her previous address; no children in the household.|No further action; DASH: standard risk.|",
                "GP|D-250..-200|=|Pregnancy confirmed. History of depression recorded; Mother on sertraline.|Referral to the perinatal mental health team.|",
                "CHS|D-90..-60|=|Antenatal contact by the health visitor. Mother said the baby's father \"is not around\"; no other adult named in the household.|Universal plus offer.|",
                "CHS|D+10..+14|+|New birth visit by the health visitor: {name} feeding well, weight regained. Mother tired but coping.|Safer sleep and coping with crying (ICON) advice given to Mother.|",
                "CHS|D+38..+43|-|6-8 week contact: Edinburgh Postnatal Depression Scale score 16. Mother mentioned \"a friend\" helps with night feeds.|Request for Early Help support; GP informed by letter.|{name} was unsettled, arched {his} back and settled only when held by Mother.",
                "EH|O|K=|Early Help request received from the health visitor (maternal low mood, isolation).|Family support worker allocated; Early Help assessment started.|",
                "GP|D+50..+58|=|6-8 week baby check by the GP: normal examination, no marks seen. Mother's antidepressant dose increased.||",
                "EH|O+8..+14|+|Early Help assessment completed with Mother. Household recorded as Mother and {name} only.|Plan: parenting support, baby group, housing & benefits advice.|",
                "EH|O+20..+30|-|Home visit: a man's jacket & work boots in the hallway. Mother said they belong to {partner}, \"a friend who helps out\".|Not explored further; no checks requested.|",
                "CHS|-30..-21|-K|Health visitor saw a 1cm bruise on {name}'s left cheek. Mother said {name} had caught {him}self with {his} own fingernail.|Explanation accepted and recorded as accidental. No referral (bruising in a non-mobile baby protocol not followed).|{name} was quiet and watchful and did not smile during the visit.",
                "GP|-14..-8|-K|Mother brought {name} to the GP with a \"sore leg\" and a bruise to the upper arm; said it was caught in the cot bars.|Advised paracetamol. No safeguarding consideration recorded.|",
                "EH|-10..-4|-|Planned home visit: no answer. A man's voice heard inside; the door was not opened.|Card left; visit rebooked for the following week.|",
                "HOSP|I|TK-|{name} brought to ED by Mother and {partner} at night: not moving {his} right leg, bruising to the face. X-ray: spiral fracture of the right femur.|Admitted to the paediatric ward; safeguarding referral to the MASH; skeletal survey requested.|{name} screamed when the leg was moved and was difficult to settle.",
                "POL|A|TK=|Officers attended the ward. Mother and {partner} interviewed under caution.|Both arrested on suspicion of GBH; bailed with conditions not to have unsupervised contact with children.|",
                "CSC|A|K=|Strategy discussion with police, the hospital & the health visitor (< 24 hours after the referral).|Section 47 enquiry; {name} to be discharged to the maternal grandmother under a safety plan.|",
                "CSC|A+1..+3|-|Checks show {partner} had lived at the address for about 3 months and has a conviction for assault (> 5 years ago).|Shared at the reconvened strategy meeting.|",
                "HOSP|A+1..+3|-|Skeletal survey: two healing rib fractures, estimated at 2-3 weeks old.|Shared with police and CSC.|",
                "CSC|A+10..+15|K-|Initial child protection conference: {name} made subject to a child protection plan (category: physical abuse).|Legal planning meeting (Public Law Outline) arranged.|",
                "CHS|A+6..+12|+|Health visitor visited {name} at the grandmother's home; weight on the 25th centile, alert & responsive.||{name} smiled & babbled at the practitioner; good eye contact."),
                List.of(
                "CHS|-110..-35|=|Health visitor telephone contact with Mother: feeding and sleep discussed.||",
                "CHS|-110..-35|+|{name} weighed at the baby clinic: weight gain appropriate (50th centile).||",
                "GP|-110..-30|=|Mother reviewed by the GP for her mood; sleeping 3-4 hours a night.|Review in 2 weeks.|",
                "GP|-100..-40|=|Primary immunisations given by the practice nurse.||",
                "EH|-45..-12|+|Mother and {name} attended the baby & toddler group at the children's centre.||",
                "EH|-45..-12|=|Family support worker helped Mother with a Universal Credit claim & a food bank voucher.||",
                "EH|-45..-12|-|Mother cancelled the home visit by text: \"we're fine, busy week\".|Visit rebooked.|",
                "CHS|-90..-40|=|Health visitor home visit: Mother's mood discussed; EPDS repeated (score 12).|Review in 4 weeks.|",
                "GP|-80..-30|=|Mother telephoned for advice: {name} has a cold and is feeding less.|Advice given; to attend if worse.|",
                "EH|-40..-15|=|Family support worker home visit: routines & bottle preparation discussed with Mother.||",
                "EH|-40..-15|+|Mother attended a baby massage session at the children's centre.||",
                "HOSP|-90..-50|T=|{name} attended ED with Mother with a raised temperature; viral illness diagnosed.|Discharged; liaison form to the health visitor.|",
                "POL|-300..-60|=|Neighbour reported a man shouting at the address late at night; no answer when officers attended.|Logged; no further action.|",
                "CSC|-60..-30|=|Contact from a neighbour about a baby \"crying for hours\"; screened in the MASH.|Passed to Early Help; no further action by CSC.|"));
    }

    private static Plan methadone() {
        return new Plan(Theme.NEGLECT, "CSC", "cin", "Children in Need Team", "D+20..+40", 30, List.of(
                "DARS|-2400..-1600|y=|Father started opiate substitution treatment (methadone) with the recovery service.|Key worker allocated.|",
                "POL|-1500..-1000|m-|Father arrested for shoplifting; disclosed heroin use in custody.|Referred to the criminal justice drug team.|",
                "DARS|D-500..-380|m=|Mother started methadone treatment with daily supervised consumption at the pharmacy.||",
                "GP|D-200..-160|=|Pregnancy confirmed; Mother on methadone 60ml daily.|Referral to the specialist midwife.|",
                "CHS|D+10..+14|=|New birth visit: {name} born at 37 weeks and treated for neonatal abstinence syndrome for 9 days.|Universal partnership plus offer.|",
                "CSC|O|K=|Referral received from the specialist midwife (both parents on methadone); case opened to Children's Social Care.|Child and family assessment.|",
                "CSC|O+30..+45|=|Child and family assessment completed: {name} a child in need because of parental substance misuse.|Child in need plan agreed; reviews every 3 months.|",
                "DARS|O+90..+160|-K|Both parents moved from supervised consumption to weekly take-home doses.|No home visit. Safe storage not discussed; no lockable box provided.|",
                "CSC|-200..-150|+|Child in need review: parents engaging, drug screens negative for heroin.|Plan continues.|",
                "DARS|-120..-90|-|Father's drug screen positive for heroin & benzodiazepines.|Dose not reviewed; CSC not informed.|",
                "CHS|-100..-60|-K|2-year review: {name}'s speech delayed (5 words), home \"chaotic\"; a methadone bottle seen on the kitchen worktop.|Advice given verbally; not shared with the social worker.|{name} played alone with a toy car and did not respond to {his} name.",
                "CSC|-60..-45|-|Change of social worker; no visit for 7 weeks.||",
                "GP|-45..-20|=|{name} seen with Mother for a cough. Weight on the 9th centile.|Advice given.|",
                "CSC|-21..-7|-|Child in need review cancelled: parents did not attend.|Rebooked for the following month.|",
                "AMB|I|TK-|999 call from Father: {name} found unresponsive in bed. CPR by the crew; conveyed to ED.|Police informed; safeguarding referral made by the crew.|",
                "POL|I|TK=|Officers attended the address after {name}'s death in hospital. An open methadone bottle & a child's beaker found in the bedroom.|Both parents arrested; joint agency response to an unexpected child death.|",
                "CSC|A|K=|Strategy discussion following {name}'s death; no other children in the household.|Information to the Child Death Overview Panel; SCR notification.|",
                "DARS|A+2..+10|=|Internal review: safe storage was not checked at any of 14 key-working sessions.|Report to the agency's safeguarding lead.|"),
                List.of(
                "DARS|-500..-30|=|Key-working session with Father: dose stable at 80ml, \"using on top\" denied.||",
                "DARS|-500..-30|=|Mother collected her weekly take-home doses from the pharmacy.||",
                "DARS|-500..-30|-|Mother did not attend the recovery group.||",
                "CHS|-600..-120|=|Clinic contact: {name} weighed (50th centile); immunisations up to date.||",
                "GP|-600..-60|-|{name} was not brought to the immunisation appointment.|Recall letter sent.|",
                "CSC|-400..-30|=|Home visit by the social worker: parents & {name} seen. Home conditions \"acceptable\".||",
                "CSC|-400..-30|+|Professionals' meeting held; drug treatment updates from the recovery service shared.||",
                "POL|-700..-100|=|Neighbour reported a strong smell of cannabis from the flat.|Advice given at the door; no PPIU notification.|",
                "DARS|-300..-30|-|Mother's drug screen positive for cocaine.|Discussed at key-working; no change to the plan.|",
                "DARS|-400..-30|=|Prescriber review: Mother's dose increased to 70ml.||",
                "CHS|-300..-120|-|Planned health visitor contact: no access.|Card left.|",
                "GP|-500..-60|=|{name} seen with Father for diarrhoea and vomiting.|Fluids advice given.|",
                "CSC|-350..-30|-|Planned home visit: no answer. Father said later the family had been \"out shopping\".|Visit rebooked.|",
                "POL|-500..-60|T=|Call from Mother reporting that Father had not come home; he returned later that night.|No further action; no PPIU notification.|"));
    }

    private static Plan exploitation() {
        return new Plan(Theme.EXPLOITATION, "CSC", "cp", "Complex Safeguarding Team", "-330..-260", -1, List.of(
                "SCH|-1300..-900|m=|Transition information from primary school: no concerns recorded.||",
                "SCH|-700..-450|m-|Attendance fell to 81% in Year 9; {name} late most mornings.|Attendance letter sent to Mother.|",
                "POL|-420..-380|T-|{name} found with two older youths in a stolen car 30 miles from home.|Returned home. PPIU notification sent 3 weeks later.|",
                "SCH|-370..-340|-|Fixed-term exclusion (5 days) after {name} was found with £200 in cash & a second phone in school.|DSL referral to the MASH.|{name} said the money was \"from my cousin\".",
                "CSC|O|K=|Referral received from the school via the MASH (cash, two phones, missing episodes).|Strategy discussion; section 47 enquiry.|",
                "CSC|O+12..+20|K-|Initial child protection conference: {name} made subject to a child protection plan (category: neglect) because of risk outside the home.|Referral to the complex safeguarding team & the youth project.|",
                "YPR|O+25..+60|+|Youth worker met {name} at the project; weekly one-to-one sessions agreed.||\"You're alright, you don't write everything down.\"",
                "POL|-200..-150|TK-|{name} arrested at an address in another force area used to sell drugs (\"trap house\"); 14 wraps of crack cocaine found.|NRM referral submitted; released under investigation.|",
                "YJS|-180..-140|=|Out of court disposal assessment: {name} identified as a victim of criminal exploitation.|Voluntary YJS intervention and mentoring offered.|",
                "CSC|-120..-90|-|Return home interview not completed after a 2-day missing episode (the third in 6 weeks).||",
                "SCH|-90..-60|-|Managed move to the pupil referral unit after {name} brought a lock knife into school.|Police informed.|",
                "YJS|-60..-30|-K|{name} disclosed a \"debt\" of £800 to an older male after drugs were taken from {him}.|Shared with police intelligence; no strategy discussion convened.|\"If I don't pay it back they'll get my mum.\"",
                "POL|-21..-3|T-|{name} reported missing by Mother (the 9th episode since the plan began).|Graded medium risk; local searches.|",
                "HOSP|I|TK-|{name} brought to ED in another town by ambulance with a stab wound to the thigh; surgery the same night.|Police informed; safeguarding referral to the home authority sent by email.|{name} would not say who had hurt {him}: \"I'm not a grass.\"",
                "POL|I..+1|TK-|The force where the stabbing happened notified the home force; {name} recorded as a victim of crime.|Strategy discussion requested.|",
                "CSC|A|K=|Strategy discussion with police (both areas), the hospital & YJS.|Safety plan; placement out of the area considered; notification to the national panel.|",
                "YPR|A+3..+10|+|Youth worker visited {name} on the ward.||{name} said {he} wanted to \"get away from here and start again\".",
                "CSC|A+7..+20|=|{name} placed with foster carers 60 miles from home.|Disruption plan agreed with police.|"),
                List.of(
                "POL|-330..-10|T-|{name} reported missing overnight; returned home the next morning and would not say where {he} had been.|Return home interview requested.|",
                "YPR|-180..-10|+|One-to-one session at the project; {name} engaged well and talked about football & music.||",
                "YPR|-180..-10|-|{name} did not turn up for the session; phone switched off.||",
                "YJS|-140..-10|=|YJS mentoring session on county lines and grooming.||",
                "CSC|-250..-10|=|Home visit: {name} out. Mother said she \"can't control {him}\".||",
                "CSC|-250..-10|+|Core group meeting held; school, YJS and police attended.|Plan updated.|",
                "SCH|-300..-100|-|{name} truanted after registration.|Mother informed by text.|",
                "HOSP|-250..-40|T=|{name} attended ED with a hand injury (punched a wall).|Discharged; liaison form to the school nurse.|",
                "SCH|-330..-100|=|Attendance at 72% for the half term.|Attendance officer home visit.|",
                "SCH|-300..-95|-|{name} found using a second mobile phone in lessons; refused to hand it over.|Phone confiscated; Mother informed.|",
                "POL|-250..-20|=|Intelligence submitted: {name} seen getting into a car with out-of-area plates.|Shared with the complex safeguarding team.|",
                "YJS|-140..-10|-|{name} did not attend the YJS appointment.|Home visit the next day.|",
                "CSC|-250..-10|-|Return home interview completed by the missing coordinator 5 days late; {name} would not talk.||",
                "HOSP|-200..-30|T-|{name} brought to ED by friends, intoxicated (alcohol & cannabis).|Observed overnight; safeguarding referral.|",
                "YPR|-150..-10|+|{name} took part in a boxing session and asked about apprenticeships.||"));
    }

    private static Plan domesticAbuse() {
        return new Plan(Theme.ASSESSMENT, "EH", "early-help", "Early Help Locality Team", "-300..-200", -1, List.of(
                "POL|-1500..-900|m=|Mother reported her ex-partner (not {name}'s father) for harassment.|Harassment warning issued.|",
                "SCH|-900..-500|m+|{name} started at the school; settled well.||",
                "SCH|-420..-330|-|{name}'s attendance at 88%; several Mondays missed.|Attendance meeting with Mother.|",
                "EH|O|K=|Early Help request from the school (attendance, tiredness, Mother's low mood).|Lead professional allocated.|",
                "EH|O+14..+30|+|Early Help assessment with Mother; household recorded as Mother, {name} & a younger sibling.|Team around the family (TAF) meeting arranged.|",
                "POL|-190..-130|T=|Neighbour called police about shouting. Mother & {partner} spoken to separately; no offences disclosed.|DASH: standard risk. Not shared with the school.|",
                "SCH|-120..-100|-|{name} told the teaching assistant that {partner} \"shouts at Mummy\" and that {he} keeps {his} bedroom door shut.|Logged on CPOMS; not shared with the lead professional.|\"I don't like it when the shouting happens, I hide under the bed.\"",
                "EH|-95..-80|-|TAF meeting: Mother said she was single; {partner} not known to the lead professional.||",
                "POL|-75..-50|TK-|999 call: {partner} smashed a window at the address; Mother had a cut to her hand, the children were upstairs.|{partner} arrested; DASH: high risk; referral to MARAC. PPIU notification to CSC sent 9 days later.|",
                "CSC|-45..-35|-|PPIU notification received; family open to Early Help.|No further action by CSC; passed to Early Help without the DASH form.|",
                "DAS|-40..-30|=|IDVA contacted Mother after the MARAC referral.|Safety plan completed.|",
                "DAS|-20..-10|-|IDVA unable to reach Mother after 3 attempts.|Case closed to the IDVA service.|",
                "SCH|-14..-2|-|{name} arrived with a bruise on {his} forehead and said {he} had \"banged it on the door\".|Explanation accepted; logged on CPOMS.|{name} was quiet & did not want to go out to play.",
                "HOSP|I|TK-|{name} brought to ED with a 3cm cut above the eye after a glass was thrown during an argument between Mother and {partner}.|Wound glued; safeguarding referral made the same night.|\"It wasn't meant for me, it was meant for Mummy.\"",
                "POL|I|TK-|Officers attended; {partner} arrested for assault. DASH: high risk.|Referral to MARAC. Notification to CSC sent 6 days later.|",
                "CSC|A|K=|Strategy discussion with police, the school, the hospital & Early Help.|Section 47 enquiry; Mother agreed {partner} would not return to the home.|",
                "SCH|A..+2|=|DSL told of the incident by the social worker; the school had received no earlier DASH notification.|{name} given a trusted adult & a daily check-in.|",
                "EH|A+3..+10|=|Case stepped up to Children's Social Care.|Transfer meeting held.|",
                "DAS|A+2..+12|+|IDVA met Mother; a Clare's Law disclosure application about {partner} supported.||"),
                List.of(
                "EH|-140..-10|=|Home visit by the family support worker; routines chart reviewed.||",
                "EH|-140..-10|-|Mother cancelled the TAF meeting at short notice.|Meeting rearranged.|",
                "SCH|-300..-10|=|Attendance at 91% for the half term.||",
                "SCH|-300..-10|+|{name} given a \"star of the week\" certificate for writing.||",
                "POL|-700..-60|=|Intelligence: {partner}'s car seen outside the address late at night.||",
                "EH|-180..-10|+|TAF meeting: attendance improving; Mother attending a parenting course.||",
                "EH|-180..-10|=|Lead professional telephone contact with Mother; no new concerns reported.||",
                "SCH|-300..-10|-|{name} tired & withdrawn in class; fell asleep during reading.|Mother spoken to at home time.|",
                "SCH|-300..-10|=|{name} collected late (18:10) by {partner}, an adult the school did not know.|Recorded on CPOMS.|",
                "HOSP|-300..-60|T=|{name} attended ED with Mother after a fall in the park; small cut to the chin.|Examined; discharged home.|",
                "DAS|-35..-12|=|IDVA left a voicemail for Mother; no reply.||",
                "POL|-400..-60|=|{partner} stopped for driving without insurance; address given as a hostel in another town.|Vehicle seized.|"));
    }

    private static Plan neglectEscalation() {
        return new Plan(Theme.NEGLECT, "CSC", "cin", "Children in Need Team", "-120..-90", -1, List.of(
                "SCH|-1100..-700|m-|Concerns about {name}'s hygiene & hunger logged; the same uniform worn for days.|Breakfast club place offered.|",
                "CHS|-900..-600|m-|School nurse: {name}'s weight on the 2nd centile; visible dental decay.|Letter to Mother advising a dentist.|",
                "EH|-500..-420|=|Early Help assessment completed at the school's request.|TAF plan with 6-weekly meetings.|",
                "EH|-360..-300|-|Early Help review: no progress on home conditions after 6 months; Mother not engaging.|Step-up to CSC discussed with the school.|",
                "SCH|-260..-200|+K|DSL and the family support worker completed the Graded Care Profile 2 with Mother: physical care scored 4, safety 4.|Shared with the GP & the school nurse.|",
                "GP|-230..-180|+|GP reviewed {name}: untreated eczema & a dental abscess; Mother had missed 4 appointments.|GP wrote to the MASH in support of the school's referral.|",
                "SCH|O-25..-10|+K|The MASH stepped the referral down to Early Help; the DSL used the escalation policy, supported by the GP's letter.|Escalation resolved at team manager level within 5 working days.|",
                "HSG|-150..-60|-|Tenancy visit: rubbish bags in the garden, mould in the children's bedroom, broken washing machine.|Repairs logged; concerns shared with CSC.|",
                "CSC|O|K=|Referral accepted after escalation; case opened to Children's Social Care.|Child and family assessment.|",
                "CSC|O+25..+40|+|Assessment completed: neglect. {name} seen alone 3 times.|Strategy discussion requested.|{name} said there is never any food in the house at weekends.",
                "CSC|I|K=|Strategy discussion with the school, the GP & the school nurse: section 47 enquiry agreed.|Initial child protection conference requested.|",
                "CSC|A+5..+15|K+|Initial child protection conference: {name} made subject to a child protection plan (category: neglect).|Core group set up; GCP2 to be repeated in 3 months.|",
                "HSG|A+10..+30|+|Repairs completed; new washing machine provided through a charitable grant.||",
                "SCH|A+20..+40|+|Attendance up to 96%; hygiene much improved.||\"Mum's trying now, she got the washing machine fixed.\""),
                List.of(
                "SCH|-600..-10|-|{name} arrived without lunch or a coat; fed by staff.||",
                "CHS|-400..-10|=|School nurse drop-in: {name} asked about sleep & headaches.|Advice given.|",
                "EH|-480..-300|=|TAF meeting held; Mother attended & agreed the plan.||",
                "GP|-500..-100|-|{name} was not brought to the GP appointment.|Letter to Mother.|",
                "SCH|-500..-10|=|Attendance at 89% for the half term.|Attendance letter sent.|",
                "SCH|-500..-10|+|{name} attended breakfast club every day this week.||",
                "SCH|-400..-10|-|{name} had head lice again; other children refused to sit next to {him}.|Treatment advice sent to Mother.|",
                "CHS|-400..-10|-|School nurse: {name}'s weight now below the 2nd centile.|Letter to the GP.|",
                "GP|-400..-50|=|{name} seen for eczema.|Emollients prescribed.|",
                "EH|-480..-300|-|Home visit by the family support worker: no answer.|Card left.|",
                "HSG|-300..-60|-|Rent arrears of £1,240 & a notice seeking possession.|Referral to the tenancy sustainment officer.|",
                "CSC|O+2..+30|=|Home visit by the social worker: fridge empty, {name}'s bed without sheets.|Food bank voucher; cleaning support arranged.|"));
    }

    private static Plan healthPattern() {
        return new Plan(Theme.NEGLECT, "EH", "early-help", "Early Help Locality Team", "-220..-120", -1, List.of(
                "GP|D+56..+70|-|{name} was not brought to the 8-week immunisations.|Recall letter sent.|",
                "GP|D+112..+140|-|{name} not brought to the 16-week immunisations (second recall).|No further follow-up.|",
                "CHS|D+250..+300|-|1-year review not completed after 2 no-access visits.|Letter sent to Mother.|",
                "HOSP|-900..-600|m=|{name} admitted with a chest infection for 3 nights.|Discharge letter to the GP.|",
                "GP|-700..-500|m-|Ear infection: the 4th course of antibiotics in 6 months.||",
                "GP|-400..-300|-|Chest infection. Mother said {name} had \"always been chesty\". The record shows no immunisations since birth.|No discussion of the missed immunisations.|",
                "HOSP|-300..-250|T=|{name} attended ED with a temperature of 39.2°C and a cough.|Discharged with antibiotics; liaison form to the 0-19 service.|",
                "EH|O|K=|Early Help request from {setting} about attendance and frequent illness.|Lead professional allocated.|",
                "GP|-120..-100|-|Fifth antibiotic course in 12 months. No safeguarding flag; no link made to the was-not-brought history.||",
                "CHS|-90..-60|-|0-19 practitioner had not been told of the ED attendances (liaison form not received).||",
                "EH|-60..-40|=|TAF meeting: the GP sent no report; Mother said {name} was \"up to date with jabs\".|Lead professional to check with the GP.|",
                "HOSP|I|TK-|{name} admitted with pneumonia; unimmunised. The paediatric consultant raised a concern about medical neglect.|Referral to the MASH; letter to the GP.|{name} was listless and did not respond to the play specialist.",
                "GP|A-6..-1|=|Practice safeguarding lead reviewed the record: 11 missed appointments & 9 antibiotic courses in 3 years.|Significant event analysis started.|",
                "GP|A+3..+10|+|Practice meeting: the was-not-brought policy revised to include immunisations.|Action plan sent to the CCG.|",
                "EH|A+2..+8|=|Early Help review: health actions added; the GP to attend the TAF.||"),
                List.of(
                "GP|-700..-20|=|Consultation: cough & runny nose; viral illness.|Advice given.|",
                "GP|-700..-20|-|{name} was not brought to the booked appointment.||",
                "EH|-110..-10|=|Home visit by the family support worker; Mother tired and low.||",
                "CHS|-500..-30|=|Contact with the 0-19 service: {name} weighed (9th centile).||",
                "SCH|-400..-10|-|Attendance at 84% for the half term, mostly illness.|Attendance letter 1 sent.|",
                "GP|-500..-20|-|Practice nurse: {name} not brought for the pre-school booster.|Recall letter sent.|",
                "HOSP|-500..-60|T=|{name} attended ED with a cough and wheeze.|Discharged with an inhaler; liaison form sent.|",
                "CHS|-500..-30|-|No-access visit by the 0-19 service.|Letter sent with a new appointment.|",
                "EH|-110..-10|+|Mother attended a healthy lifestyles group at the family hub.||",
                "EH|-110..-10|=|Lead professional supported Mother to register with a dentist.||",
                "GP|-300..-20|=|Telephone consultation with Mother: {name} \"off food\"; advised to bring {him} in.|Not brought.|"));
    }

    private static Plan notification() {
        return new Plan(Theme.ASSESSMENT, "CSC", "assessment", "Assessment Team", "I+16..+22", -1, List.of(
                "POL|-1200..-800|m=|Mother reported a previous partner for assault; no children present.||",
                "GP|-600..-300|m=|Mother told the GP there was \"trouble at home\"; leaflet given.|No routine enquiry recorded.|",
                "POL|-250..-180|T=|Verbal argument at the address reported by a neighbour; {name} asleep upstairs.|DASH: standard risk; PPIU notification sent within 24 hours.|",
                "CSC|-245..-170|=|PPIU notification screened in the MASH.|No further action; letter to Mother.|",
                "POL|-60..-30|T-|Mother reported that {partner} had pushed her against a wall; {name} was in the room.|DASH: medium risk.|",
                "POL|I|TK-|999 call: {partner} assaulted Mother (non-fatal strangulation) with {name} in the room. {partner} arrested.|DASH: high risk; referral to MARAC. PPIU notification created but held awaiting supervisor review.|{name} was found hiding behind the sofa, crying.",
                "DAS|I+2..+5|=|MARAC referral received; IDVA allocated.|Safety plan with Mother.|",
                "POL|I+15..+20|-K|PPIU notification sent to CSC 15 working days after the incident (supervisor queue backlog).||",
                "CSC|O|K=|Notification received; case opened for a child and family assessment.|Strategy discussion.|",
                "CSC|O+1..+3|K=|Strategy discussion: police confirmed {partner} had been bailed to an address 2 streets away.|Section 47 enquiry; safety plan with Mother.|",
                "DAS|I+20..+30|+|Mother started the Freedom Programme (week 1 of 11).||",
                "GP|I+10..+20|=|MARAC notification received; alert added to the family's records.||",
                "POL|A|=|Internal review of the PPIU notification queue started.|Daily supervisor check introduced.|"),
                List.of(
                "POL|-700..-40|=|Intelligence: {partner}'s car seen outside the address late at night.||",
                "DAS|I+3..+14|=|IDVA telephone contact with Mother; safety plan reviewed.||",
                "CSC|O+4..+12|=|Home visit by the social worker; Mother & {name} seen.||",
                "GP|-500..-30|=|{name} seen with Mother for a rash.|Cream prescribed.|",
                "POL|-700..-70|T=|Call from Mother reporting {partner} sending abusive texts.|Harassment advice given; DASH: standard risk.|",
                "DAS|I+3..+14|+|IDVA supported Mother to apply for a non-molestation order.||",
                "DAS|I+3..+20|=|Children's worker session planned for {name}.||",
                "GP|-500..-60|=|Mother seen for anxiety and poor sleep.|Prescribed; talking therapies leaflet given.|",
                "CSC|O+4..+12|=|Social worker gathered information from {setting} and the GP.||",
                "POL|I+1..+10|=|{partner} interviewed; bailed with conditions not to contact Mother.||",
                "GP|-400..-60|=|{name} seen for a sore throat.|Advice given.|"));
    }

    private static Plan recordsTransfer() {
        return new Plan(Theme.NEGLECT, "CSC", "cin", "Children in Need Team", "-60..-40", -1, List.of(
                "HSG|-900..-500|m=|Mother held a tenancy in the area before moving away; the tenancy ended with £800 of rent arrears.||",
                "HSG|-200..-150|=|Family placed in temporary accommodation after becoming homeless in another county.|Tenancy support referral.|",
                "GP|-190..-140|=|Family registered with the practice; previous GP records requested.||",
                "CHS|-185..-140|-K|Transfer-in notice received through the child health system. Records from the previous health visiting service not requested.|Universal contact offered by letter.|",
                "CHS|-150..-100|-|Health visitor's letter returned: \"not known at this address\".|No further attempt to find the family.|",
                "GP|-120..-80|=|{name} seen for a rash; Mother said \"we had a social worker before\".|Not explored; no contact with CSC.|{name} was quiet and watchful and did not smile during the visit.",
                "HSG|-100..-60|-|Tenancy officer visit: one mattress for Mother & 2 children; no cot for {name}.|Furniture grant application made.|",
                "CSC|O|K=|Referral from housing about home conditions & Mother's mental health; case opened.|Child and family assessment.|",
                "CSC|O+5..+15|-|The previous authority confirmed {name} had been on a child protection plan (neglect) until the family moved.|Transfer-in conference considered.|",
                "HOSP|I|TK-|{name} brought to ED with a scald to the hand, 18 hours after it happened.|Safeguarding referral to the MASH.|{name} was very quiet & did not cry when the dressing was changed.",
                "CHS|A-10..-2|-|Health visiting records from the previous area received 7 months after the move; they show 3 child protection concerns.|Shared with CSC.|",
                "CSC|A+1..+8|K=|Strategy discussion with police, health visiting, the GP & the hospital.|Section 47 enquiry.|",
                "CHS|A+2..+10|+|Transfer-in process changed: records requested within 5 working days of a notice.||"),
                List.of(
                "CHS|-100..-5|=|Clinic contact: {name} weighed (9th centile).||",
                "GP|-130..-10|=|Mother attended with {name} for a cough.|Advice given.|",
                "HSG|-140..-10|=|Tenancy support visit: benefits and rent discussed with Mother.||",
                "CSC|O+1..+25|=|Home visit by the social worker; {name} seen in the cot.||",
                "CHS|-130..-20|-|Health visitor contact arranged by letter; family not at home.|Second letter sent.|",
                "GP|-160..-20|=|Practice nurse: {name}'s immunisations checked; 2 outstanding.|Appointment booked.|",
                "HSG|-140..-10|-|Complaint from a neighbour about noise & a child crying late at night.|Tenancy officer visited.|",
                "HOSP|-150..-20|T=|{name} attended ED with a chest infection.|Discharged; liaison form to the health visitor returned: no health visitor recorded.|",
                "CSC|O+1..+25|-|Planned home visit: no answer.|Card left.|",
                "GP|-100..-10|=|Mother seen for low mood; {name} present.|Referral to talking therapies.|"));
    }

    private static Plan infantSkull() {
        return new Plan(Theme.ASSESSMENT, "CSC", "cin", "Children in Need Team", "D+12..+25", -1, List.of(
                "POL|-1200..-500|m-|{partner} (the baby's father) cautioned for assault on a previous partner.||",
                "HOSP|D-130..-100|=|Late antenatal booking at 21 weeks; Mother aged 17.|Referral to the specialist midwife for young parents.|",
                "HOSP|D|=|{name} born at term; Father present. Mother & {name} discharged home on day 2.|Midwife home visits arranged.|",
                "CSC|O|K=|Referral from the midwife (young parents, Father's history of violence); case opened.|Child and family assessment.|",
                "CHS|D+10..+14|+|New birth visit: {name} feeding well. Safer sleep & coping with crying (ICON) discussed with Mother only.|Father not seen.|",
                "GP|D+42..+56|=|6-8 week check: normal examination, no marks seen.||",
                "CSC|O+30..+45|=|Assessment completed: child in need plan. Father \"not engaging\".|Plan to be reviewed every 3 months.|",
                "CHS|-30..-14|-K|Health visitor noted a small bruise under {name}'s chin; Mother said the dog had \"jumped up\".|Explanation accepted; not referred (bruising in a non-mobile baby protocol not followed).|{name} flinched when {his} nappy was changed.",
                "GP|-10..-3|-|Mother rang the surgery: {name} \"crying all the time & not feeding\".|Telephone advice only; no face-to-face appointment.|",
                "AMB|I|TK-|999 call from Father: {name} \"floppy\" after \"rolling off the sofa\". Conveyed to ED.|Crew raised a safeguarding concern.|",
                "HOSP|I|TK-|CT scan: skull fracture & subdural haemorrhage. Explanation not consistent with the injury.|Admitted to PICU; referral to the MASH; skeletal survey requested.|",
                "POL|A|TK=|Officers attended PICU; Father arrested on suspicion of GBH.|Bailed with conditions.|",
                "CSC|A|K=|Strategy discussion with police, the hospital, the health visitor & the GP.|Section 47 enquiry; rapid review notification.|",
                "CSC|A+1..+5|=|Information requested from all agencies for the rapid review.||"),
                List.of(
                "CHS|-60..-20|+|Clinic: {name} weighed (25th centile); immunisations given.||",
                "CSC|O+5..+60|=|Home visit by the social worker; Mother & {name} seen, Father out.||",
                "CSC|O+5..+60|-|Planned home visit: no answer.|Card left.|",
                "GP|-70..-20|=|Mother seen for low mood; {name} present.|Leaflet on talking therapies given.|",
                "POL|-400..-20|=|Intelligence: {partner} associating with known drug users.||",
                "CHS|-70..-20|=|Health visitor telephone contact: Mother said {name} \"cries all evening\".|ICON leaflet sent.|",
                "GP|-80..-20|=|Primary immunisations given by the practice nurse.||",
                "HOSP|-90..-20|T=|{name} attended ED with Mother with a cold and reduced feeding.|Discharged with advice.|",
                "CSC|O+5..+60|=|Child in need review held: midwife, health visitor & Mother attended; Father did not.|Plan continues.|",
                "POL|-300..-20|T=|Neighbour reported shouting from the flat; Father said they were \"just arguing about money\".|No crime; no PPIU notification.|",
                "CHS|-60..-25|+|{name} seen at the baby clinic; weight on the 50th centile.||"));
    }
}

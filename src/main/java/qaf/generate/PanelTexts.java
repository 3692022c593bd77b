package qaf.generate;

import java.util.List;

/** What agencies and the panel write about a case: strengths, improvements, regrading rationales. */
final class PanelTexts {
    static final List<String> AGENCY_STRENGTHS = List.of(
            "Timely information sharing with Children's Social Care, including out of hours.",
            "The child was seen alone and their views were recorded in their own words.",
            "Risk was recognised early and escalated appropriately to the MASH.",
            "Consistent worker who built a trusting relationship with the child.",
            "Good attendance at multi-agency meetings; written reports provided in advance.",
            "Records are clear, contemporaneous and distinguish fact from opinion.",
            "Management oversight is evident at key decision points.",
            "Appropriate use of the escalation policy when the plan drifted.",
            "Health needs (immunisations, dental, development checks) were followed up persistently.",
            "The family's culture, language and faith were considered; an interpreter was used.");
    static final List<String> AGENCY_IMPROVEMENTS = List.of(
            "The child's lived experience is not evident in the records.",
            "Missed appointments were not followed up or shared with other agencies (\"was not brought\").",
            "No chronology was maintained; significant events were not analysed together.",
            "Supervision records show actions carried over for several months without challenge.",
            "The agency did not attend two of the four core group meetings.",
            "Fathers and male carers were not identified or assessed.",
            "Referral to MASH was delayed by 9 days after the concern was first recorded.",
            "Information held about an adult in the household was not shared.",
            "Assessment relied on parental self-report without triangulation.",
            "Records do not show what was done with the child's disclosure.");
    static final List<String> DOWN = List.of(
            "Panel challenge: the self-evaluation did not take account of the missed appointments, which were not followed up.",
            "Regraded by the panel: the chronology shows the child's voice was recorded but not acted on.",
            "The agency's grade was reduced because referral to the MASH was delayed and risk escalated in the interim.",
            "Panel agreed that management oversight was not evident for a significant period; grade lowered.",
            "Evidence presented at panel showed information was not shared with the lead professional; regraded.",
            "The panel noted drift in the plan that the agency had not identified in its own evaluation.");
    static final List<String> UP = List.of(
            "Panel recognised persistent, creative work to engage the young person that the self-evaluation understated.",
            "Additional evidence presented at panel (supervision notes and the safety plan) showed good practice; regraded.",
            "Panel agreed that the agency's escalation changed the outcome for the child; grade raised.");
    static final List<String> CASE_STRENGTHS = List.of(
            "Strong, timely strategy discussions with all relevant agencies present.",
            "A consistent team around the child, with the school as a key protective factor.",
            "Good information sharing between police and Children's Social Care out of hours.",
            "The child's views shaped the plan and were revisited at each review.",
            "Health agencies worked together to follow up missed appointments.",
            "Effective use of the escalation policy resolved a disagreement about threshold.");
    static final List<String> CASE_IMPROVEMENTS = List.of(
            "The multi-agency chronology was not used to analyse cumulative harm.",
            "Plans were not SMART; the same actions were carried forward at three reviews.",
            "Adult services (probation, substance misuse) were not invited to meetings.",
            "The child's voice was recorded but not acted upon.",
            "Fathers and significant males were absent from assessments and plans.",
            "Step-down to Early Help lacked a clear handover and the case drifted.");
    static final List<String> LOOP_OVERVIEW = List.of(
            "Case discussed with the allocated worker and team manager. The panel findings were shared in full.",
            "Lead person met the worker and their supervisor to go through the evaluation and panel notes.",
            "The findings were discussed in supervision and the record updated.");
    static final List<String> LOOP_REFLECTIONS = List.of(
            "The worker reflected that high caseloads at the time meant missed appointments were not followed up.",
            "The team recognised that the child's voice had been recorded but not analysed.",
            "The worker acknowledged that father had not been contacted and the assessment was incomplete.",
            "Practitioners reflected on the impact of three changes of worker on the child.");
    static final List<String> LOOP_LEARNING = List.of(
            "Use the was-not-brought policy for every missed health appointment.",
            "Record the child's words and what was done in response.",
            "Always identify and assess fathers and male carers.",
            "Escalate using the partnership's resolution policy when the plan drifts.");
    static final List<String> LOOP_ACTIONS = List.of(
            "Chronology updated and shared with the lead professional (completed).",
            "Worker to attend the partnership's briefing session on this theme.",
            "Team manager to audit 5 similar cases in 3 months' time.",
            "Case transferred to a consistent worker; direct work session booked with the child.");

    private PanelTexts() {
    }
}

package qaf.generate;

import static qaf.generate.EntryWording.fill;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import qaf.generate.Agencies.Agency;
import qaf.generate.ChronologyTexts.Template;
import qaf.generate.Draft.CaseRecord;

/**
 * The single entries of a case evaluation's chronology, before they are numbered: an agency's
 * entry drawn from a template (or a contact recording the child's voice), an earlier referral,
 * and the lead agency's milestones for the case type.
 */
final class ChronologyEntries {
    private final Dice dice;

    ChronologyEntries(Dice dice) {
        this.dice = dice;
    }

    /** One dated entry before it is numbered. */
    record Entry(PartialDateText date, String time, String approximate, String event, String source,
            String voice, String action, String impact, String key) {
    }

    record PartialDateText(LocalDate start, String precision) {
    }

    Entry entry(Agency agency, CaseRecord record, Names.Person child, Template t, LocalDate date,
            LocalDate recentFrom, int ageAtDate) {
        String precision = "day";
        String approximate = "";
        if (date.isBefore(recentFrom)) {
            double r = dice.between(0, 99) / 100.0;
            if (r >= 0.45) {
                precision = r < 0.8 || date.getYear() >= recentFrom.getYear() - 1 ? "month" : "year";
            }
            if (!precision.equals("day") && dice.chance(0.5) || precision.equals("day") && dice.chance(0.04)) {
                approximate = "yes";
            }
        } else if (dice.chance(0.05)) {
            approximate = "no";
        }
        String time = "";
        if (precision.equals("day")) {
            if (t.timed()) {
                time = String.format("%02d:%02d", dice.between(0, 23), dice.between(0, 59));
            } else if (dice.chance(0.15)) {
                time = String.format("%02d:%02d", dice.between(8, 17), dice.pick(0, 15, 30, 45));
            }
        }
        boolean contact = switch (agency.role()) {
            case PROBATION, REHABILITATION, HOUSING, SUBSTANCE_MISUSE, ADULT_SOCIAL_CARE, CCG, AMBULANCE -> false;
            default -> true;
        };
        if (contact && ageAtDate >= 3 && dice.chance(0.14)) {
            // The child's voice: recorded on a contact, sometimes with nothing done about it.
            String voice = fill(dice.pick(ChronologyTexts.voices(ageAtDate, record.theme())), child);
            String event = fill(ChronologyTexts.contact(agency.role()), child);
            String action = dice.chance(0.4) ? "" : dice.pick("Shared with the lead professional.",
                    "Discussed with the DSL/manager; added to the plan.", "Views recorded for the next review meeting.",
                    "Passed to the allocated worker the same day.");
            return new Entry(new PartialDateText(date, precision), time, approximate, event,
                    ChronologyTexts.source(agency.role(), event, false), voice, action, "", "");
        }
        String event = fill(t.event(), child);
        String key = t.key() ? "yes" : dice.chance(0.1) ? "no" : "";
        return new Entry(new PartialDateText(date, precision), time, approximate, event,
                ChronologyTexts.source(agency.role(), event, t.timed()), "", fill(t.action(), child), t.impact(), key);
    }

    Entry previousReferral(LocalDate from, LocalDate to, Agency lead) {
        LocalDate date = dice.dateBetween(from, to.isAfter(from) ? to : from);
        return new Entry(new PartialDateText(date, "month"), "", dice.chance(0.5) ? "yes" : "",
                "Previous referral from " + dice.pick("the police", "the school", "the health visitor", "a neighbour")
                        + " regarding " + dice.pick("home conditions", "an incident of domestic abuse",
                                "an unexplained bruise", "parental alcohol use") + ".",
                ChronologyTexts.mainRecord(lead.role()), "", "No further action after checks.", "neutral", "");
    }

    /** The lead agency's milestones for the case type, on the dates the case record implies. */
    List<Entry> lifecycle(CaseRecord record, Names.Person child, LocalDate dob, LocalDate opened, Agency lead) {
        List<Entry> out = new ArrayList<>();
        String source = ChronologyTexts.mainRecord(lead.role());
        String referrer = dice.pick("the school", "the police", "the health visitor", "the GP", "an anonymous caller",
                "Mother");
        switch (record.caseType()) {
            case "early-help" -> out.add(milestone(opened, "Early Help request received from " + referrer + ".",
                    "Lead professional allocated; Early Help assessment started.", "neutral", true, source));
            case "care-leaver" -> out.add(milestone(dob.plusYears(18), fill("{name} turned 18; the case transferred"
                    + " from the Children in Care Team to the leaving care service.", child),
                    "Personal adviser allocated; pathway plan reviewed.", "neutral", true, source));
            default -> out.add(milestone(opened, "Referral received from " + referrer + "; case opened to Children's"
                    + " Social Care.", "Allocated for a child and family assessment.", "neutral", true, source));
        }
        switch (record.caseType()) {
            case "cp" -> out.add(milestone(WorkingDays.add(opened, 15), fill("Initial child protection conference:"
                    + " {name} made subject to a child protection plan under the category of "
                    + dice.pick("neglect", "emotional abuse", "physical abuse", "sexual abuse") + ".", child),
                    "Core group to meet within 10 working days.\nReview conference in 3 months.", "negative", true,
                    "ICPC minutes"));
            case "cic" -> out.add(milestone(opened.plusDays(dice.between(14, 90)), fill("{name} became looked after "
                    + dice.pick("under section 20 (voluntary accommodation)", "under an interim care order",
                            "following police protection"), child) + ".",
                    "Placed with " + dice.pick("local authority foster carers", "an independent fostering agency",
                            "connected carers (maternal grandmother)") + ".", "neutral", true, source));
            case "adoption" -> {
                LocalDate order = opened.plusDays(dice.between(120, 300));
                out.add(milestone(order, "Placement order granted by the family court.", "", "neutral", true, source));
                out.add(milestone(order.plusDays(dice.between(30, 120)), fill("{name} placed with prospective"
                        + " adopters.", child), "Adoption support plan agreed.", "positive", true, source));
            }
            default -> {
            }
        }
        return out.stream().filter(e -> !e.date().start().isBefore(dob)).toList();
    }

    private Entry milestone(LocalDate date, String event, String action, String impact, boolean key, String source) {
        return new Entry(new PartialDateText(date, "day"), "", "", event, source, "", action, impact,
                key ? "yes" : "");
    }
}

package qaf.generate;

import java.util.ArrayList;
import java.util.List;

/** The partnership's agencies: invented names built from the invented town and county. */
final class Agencies {
    /** School phases decide which children a school can be involved with. */
    enum Phase { PRIMARY, SECONDARY, COLLEGE, SPECIAL, PRU }

    record Agency(String code, String name, Role role, String parentCode, String lead, Phase phase) {
        boolean takesAge(int age) {
            if (phase == null) {
                return true;
            }
            return switch (phase) {
                case PRIMARY -> age >= 4 && age <= 10;
                case SECONDARY -> age >= 11 && age <= 15;
                case COLLEGE -> age >= 16 && age <= 19;
                case SPECIAL -> age >= 5 && age <= 18;
                case PRU -> age >= 11 && age <= 16;
            };
        }
    }

    /** The sample's schools, with names that belong only to the invented town. */
    private static final List<String> SAMPLE_SCHOOLS = List.of(
            "Windhover Primary School|PRIMARY", "Harrier Lane Primary School|PRIMARY",
            "Merlin Brow Primary School|PRIMARY", "St Aidan of the Vale CE Primary School|PRIMARY",
            "Holy Family of the Vale RC Primary School|PRIMARY", "Hobby Fields Primary School|PRIMARY",
            "Kite Hill Infant and Junior School|PRIMARY", "Owlet Green Primary School|PRIMARY",
            "Fieldfare Primary School|PRIMARY", "Nightjar Community Primary School|PRIMARY",
            "Wheatear Lane Primary School|PRIMARY", "Siskin Brook Primary School|PRIMARY",
            "Kestrel Vale Academy|SECONDARY", "Peregrine High School|SECONDARY", "Goshawk Park Academy|SECONDARY",
            "Redwing Academy|SECONDARY", "Lapwing Moor High School|SECONDARY",
            "Kestrel Vale College|COLLEGE", "Kestrel Vale Sixth Form College|COLLEGE",
            "Hazelcopse Special School|SPECIAL", "The Lapwing Centre (Pupil Referral Unit)|PRU",
            "Stonechat Primary School|PRIMARY");

    private static final List<String> SCHOOL_WORDS = List.of("Alderholt", "Brambling", "Cobble Lane", "Dunnock",
            "Ellerbeck", "Fennel Row", "Greylag", "Hawthorn Rise", "Ivybridge Fold", "Juniper Bank", "Knotgrass",
            "Larch Moor", "Meadow Pipit", "Nettlebank", "Osier Lane", "Pipistrelle", "Quillwood", "Rowan Tree",
            "Sallow Fields", "Teasel Green", "Umberbank", "Vetch Lane", "Willowherb", "Yarrow Brook");
    private static final List<String> VOLUNTARY_DA = List.of("Safe Harbour Domestic Abuse Service",
            "Lanternlight Domestic Abuse Service", "Bridgeway Women and Children's Refuge", "Firefly Domestic Abuse Support");
    private static final List<String> VOLUNTARY_YOUTH = List.of("Lantern Youth Project", "Compass Point Youth Trust",
            "The Stepping Stones Youth Project", "Northlight Young People's Service");

    private Agencies() {
    }

    static List<Agency> build(PartnershipProfile p, Dice dice, Names names) {
        String t = p.area();
        String c = p.county();
        String x = p.prefix();
        List<Agency> list = new ArrayList<>();
        list.add(agency(x, "POL", c + " Constabulary – " + t + " District", Role.POLICE, null,
                names.professional() + ", Detective Inspector, Public Protection Unit"));
        list.add(agency(x, "CSC", t + " Council Children's Social Care", Role.SOCIAL_CARE, null,
                names.professional() + ", Quality Assurance Service Manager"));
        list.add(agency(x, "LCS", t + " Leaving Care Service", Role.LEAVING_CARE, null,
                names.professional() + ", Team Manager"));
        list.add(agency(x, "EH", t + " Early Help Service", Role.EARLY_HELP, null,
                names.professional() + ", Early Help Service Manager"));
        list.add(agency(x, "CCG", t + " Clinical Commissioning Group", Role.CCG, null,
                names.professional() + ", Designated Nurse Safeguarding Children"));
        list.add(agency(x, "HOSP", t + " Hospitals NHS Foundation Trust", Role.HOSPITAL, "CCG",
                names.professional() + ", Named Nurse Safeguarding Children"));
        list.add(agency(x, "CHS", c + " Community Health Services NHS Trust", Role.COMMUNITY_HEALTH, "CCG",
                names.professional() + ", Named Nurse, 0-19 Service"));
        list.add(agency(x, "CAMHS", c + " Mental Health NHS Trust (CAMHS)", Role.CAMHS, "CCG",
                names.professional() + ", Safeguarding Lead"));
        list.add(agency(x, "GP", t + " GP Practices", Role.GP, "CCG",
                "Dr " + names.professional() + ", Named GP Safeguarding Children"));
        list.add(agency(x, "AMB", c + " Ambulance Service NHS Trust", Role.AMBULANCE, "CCG",
                names.professional() + ", Safeguarding Practitioner"));
        list.add(agency(x, "NPS", c + " Probation Service", Role.PROBATION, null,
                names.professional() + ", Senior Probation Officer"));
        list.add(agency(x, "CRC", c + " Community Rehabilitation Company", Role.REHABILITATION, null,
                names.professional() + ", Safeguarding Lead"));
        list.add(agency(x, "YJS", t + " Youth Justice Service", Role.YOUTH_JUSTICE, null,
                names.professional() + ", Operational Manager"));
        list.add(agency(x, "HSG", t + " Homes", Role.HOUSING, null,
                names.professional() + ", Tenancy Services Manager"));
        list.add(agency(x, "DAS", p.sample() ? VOLUNTARY_DA.get(0) : dice.pick(VOLUNTARY_DA), Role.DOMESTIC_ABUSE, null,
                names.professional() + ", Service Manager"));
        list.add(agency(x, "YPR", p.sample() ? VOLUNTARY_YOUTH.get(0) : dice.pick(VOLUNTARY_YOUTH), Role.YOUTH_PROJECT,
                null, names.professional() + ", Project Lead"));
        list.add(agency(x, "DARS", t + " Drug and Alcohol Recovery Service", Role.SUBSTANCE_MISUSE, null,
                names.professional() + ", Clinical Lead"));
        list.add(agency(x, "ASC", t + " Council Adult Social Care", Role.ADULT_SOCIAL_CARE, null,
                names.professional() + ", Principal Social Worker"));
        list.add(agency(x, "EDU", t + " Education Safeguarding Team (schools lead)", Role.SCHOOLS_LEAD, null,
                names.professional() + ", Safeguarding Lead for Schools and Education"));
        List<String> schools = p.sample() ? SAMPLE_SCHOOLS : generatedSchools(t, dice);
        for (int i = 0; i < schools.size(); i++) {
            String[] parts = schools.get(i).split("\\|");
            list.add(new Agency(x + String.format("SCH%02d", i + 1), parts[0], Role.SCHOOL, x + "EDU",
                    names.professional() + ", Designated Safeguarding Lead", Phase.valueOf(parts[1])));
        }
        return List.copyOf(list);
    }

    private static Agency agency(String prefix, String code, String name, Role role, String parent, String lead) {
        return new Agency(prefix + code, name, role, parent == null ? null : prefix + parent, lead, null);
    }

    private static List<String> generatedSchools(String town, Dice dice) {
        List<String> words = dice.sample(SCHOOL_WORDS, 17);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            out.add(words.get(i) + dice.pick(" Primary School", " Community Primary School", " CE Primary School",
                    " RC Primary School") + "|PRIMARY");
        }
        for (int i = 12; i < 16; i++) {
            out.add(words.get(i) + dice.pick(" High School", " Academy") + "|SECONDARY");
        }
        out.add(town + " Academy|SECONDARY");
        out.add(town + " College|COLLEGE");
        out.add(town + " Sixth Form College|COLLEGE");
        out.add(words.get(16) + " Special School|SPECIAL");
        out.add(town + " Pupil Referral Unit|PRU");
        return out;
    }
}

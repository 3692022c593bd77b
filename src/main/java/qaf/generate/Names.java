package qaf.generate;

import java.util.List;

/**
 * Invented people for the dataset, as varied as a real English town. Names are common given and
 * family names combined at random; no combination is meant to be a real person.
 */
final class Names {
    /** A child's or adult's name and the family's recorded ethnicity and religion. */
    record Person(String given, String family, String gender, String ethnicity, String religion) {
    }

    /** A naming tradition: gendered given names, family names (female forms where the language has them). */
    private record Heritage(String ethnicity, List<String> religions, List<String> boys, List<String> girls,
            List<String> families, List<String> femaleFamilies, int weight) {
        String family(int index, boolean female) {
            return female && !femaleFamilies.isEmpty() ? femaleFamilies.get(index) : families.get(index);
        }
    }

    private static final List<Heritage> HERITAGES = List.of(
            new Heritage("White British", List.of("Christian", "No religion", "No religion", "Not known"),
                    List.of("Oliver", "Jack", "Harry", "Charlie", "Alfie", "Mason", "Tyler", "Kai", "Riley", "Logan",
                            "Jayden", "Callum", "Bradley", "Reece"),
                    List.of("Amelia", "Olivia", "Lily", "Ruby", "Chloe", "Zoë", "Jessica", "Ellie-May", "Summer",
                            "Courtney", "Leah", "Phoebe", "Chloé", "Megan"),
                    List.of("Holt", "Briggs", "Whitworth", "Ashton", "Kershaw", "Bradbury", "Pickering", "Thorne",
                            "Greenhalgh", "Buckley", "Lord", "Schofield", "Hadfield", "Ogden"),
                    List.of(), 30),
            new Heritage("Asian or Asian British – Pakistani", List.of("Muslim"),
                    List.of("Muhammad", "Ayaan", "Hamza", "Zain", "Ibrahim", "Bilal", "Umar", "Rayyan"),
                    List.of("Ayesha", "Maryam", "Zainab", "Hafsa", "Inaya", "Aleena", "Mehwish", "Iqra"),
                    List.of("Hussain", "Khan", "Akhtar", "Iqbal", "Rashid", "Mahmood", "Shah", "Bashir"),
                    List.of(), 16),
            new Heritage("Asian or Asian British – Bangladeshi", List.of("Muslim"),
                    List.of("Rahim", "Tanvir", "Sami", "Arif", "Shahid", "Rafiq", "Nayeem"),
                    List.of("Nusrat", "Tasnim", "Farhana", "Sumaiya", "Jannat", "Ruksana", "Sadia"),
                    List.of("Uddin", "Miah", "Rahman", "Chowdhury", "Ahmed", "Islam", "Ali"),
                    List.of(), 10),
            new Heritage("White – Other (Polish)", List.of("Roman Catholic", "Roman Catholic", "No religion"),
                    List.of("Łukasz", "Bartłomiej", "Jakub", "Mikołaj", "Szymon", "Paweł", "Wojciech"),
                    List.of("Zofia", "Wiktoria", "Julia", "Zuzanna", "Małgosia", "Agnieszka", "Natalia"),
                    List.of("Kowalski", "Wiśniewski", "Nowak", "Wójcik", "Lewandowski", "Zieliński", "Kamiński"),
                    List.of("Kowalska", "Wiśniewska", "Nowak", "Wójcik", "Lewandowska", "Zielińska", "Kamińska"), 7),
            new Heritage("White – Irish", List.of("Roman Catholic", "Roman Catholic", "No religion"),
                    List.of("Ruairí", "Cian", "Oisín", "Seán", "Darragh", "Pádraig"),
                    List.of("Siobhán", "Aoife", "Niamh", "Caoimhe", "Róisín", "Saoirse"),
                    List.of("O'Sullivan", "Brennan", "Ó Súilleabháin", "McCarthy", "Doherty", "O'Neill"),
                    List.of(), 5),
            new Heritage("Black or Black British – African (Somali)", List.of("Muslim"),
                    List.of("Abdirahman", "Mohamed", "Abdullahi", "Yusuf", "Guled", "Liban"),
                    List.of("Hodan", "Ifrah", "Sagal", "Fadumo", "Hibaaq", "Nasra"),
                    List.of("Abdi", "Warsame", "Farah", "Hassan", "Jama", "Osman"),
                    List.of(), 5),
            new Heritage("White – Other (Romanian)", List.of("Orthodox Christian", "Orthodox Christian", "Pentecostal"),
                    List.of("Ștefan", "Andrei", "Mihai", "Ionuț", "Răzvan", "Cosmin"),
                    List.of("Ioana", "Andreea", "Bianca", "Ștefania", "Alexandra", "Mădălina"),
                    List.of("Popescu", "Ionescu", "Dumitru", "Rădulescu", "Constantinescu", "Stănescu"),
                    List.of(), 5),
            new Heritage("Asian or Asian British – Other (Vietnamese)", List.of("Buddhist", "No religion", "Roman Catholic"),
                    List.of("Minh", "Huy", "Khoa", "Bảo", "Đức", "Tuấn"),
                    List.of("Linh", "Thảo", "Ngọc", "Mai", "Phương", "Hằng"),
                    List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ"),
                    List.of(), 3),
            new Heritage("Black or Black British – Caribbean", List.of("Christian", "Pentecostal", "No religion"),
                    List.of("Jaden", "Marcus", "Tyrese", "Kairo", "Jermaine", "Dante"),
                    List.of("Aaliyah", "Shanice", "Tiana", "Kezia", "Jada", "Imani"),
                    List.of("Campbell", "Clarke", "Thompson", "Francis", "Bailey", "Reid"),
                    List.of(), 5),
            new Heritage("Black or Black British – African (Nigerian)", List.of("Christian", "Pentecostal", "Muslim"),
                    List.of("Oluwaseun", "Chidi", "Tobi", "Emeka", "Ayodele", "Femi"),
                    List.of("Adaeze", "Folake", "Temi", "Chiamaka", "Oluwatobiloba", "Ngozi"),
                    List.of("Adeyemi", "Okafor", "Balogun", "Eze", "Olawale", "Nwosu"),
                    List.of(), 5),
            new Heritage("Mixed – White and Black Caribbean", List.of("Christian", "No religion", "Not known"),
                    List.of("Kyrie", "Levi", "Tyler-Jay", "Ashton", "Reuben"),
                    List.of("Maya", "Nevaeh", "Keira", "Esmé", "Tia-Rose"),
                    List.of("Holt", "Campbell", "Kershaw", "Francis", "Whitworth"),
                    List.of(), 7));

    private static final List<String> ADULT_GIVEN = List.of("Sarah", "Helen", "Rachel", "Joanne", "Nadia", "Priya",
            "Imran", "Gareth", "Bronwen", "Tomasz", "Kwame", "Deborah", "Farida", "Stuart", "Claire", "Marek",
            "Yvonne", "Delroy", "Anjali", "Fiona", "Mark", "Shabana", "Lorraine", "Neil", "Grace", "Dariusz",
            "Jasmine", "Owen", "Niamh", "Victoria");
    private static final List<String> ADULT_FAMILY = List.of("Marsh", "Okafor", "Lindqvist", "Pennington", "Rahman",
            "Sutcliffe", "Doyle", "Whittaker", "Begum", "Harrop", "Achterberg", "Mistry", "Fairclough", "Nowicki",
            "Ellison", "Quayle", "Threlfall", "Bancroft", "Odukoya", "Renshaw", "Kaur", "Hebden", "Stott", "Aziz",
            "Cartwright", "Ingham", "Mulvey", "Lomax", "Tierney", "Weir");

    private final Dice dice;

    Names(Dice dice) {
        this.dice = dice;
    }

    Person child(String gender) {
        int total = HERITAGES.stream().mapToInt(Heritage::weight).sum();
        int roll = dice.between(1, total);
        Heritage h = HERITAGES.get(0);
        for (Heritage candidate : HERITAGES) {
            roll -= candidate.weight();
            if (roll <= 0) {
                h = candidate;
                break;
            }
        }
        boolean female = gender.equals("Female");
        String given = female ? dice.pick(h.girls()) : dice.pick(h.boys());
        String family = h.family(dice.between(0, h.families().size() - 1), female);
        return new Person(given, family, gender, h.ethnicity(), dice.pick(h.religions()));
    }

    /** A professional: case worker, manager, agency lead, reviewer. */
    String professional() {
        return dice.pick(ADULT_GIVEN) + " " + dice.pick(ADULT_FAMILY);
    }
}

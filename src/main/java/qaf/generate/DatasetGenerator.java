package qaf.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes synthetic, realistic datasets in the import contract (DATA-FORMAT.md) for the 2018-19
 * reporting year: the committed sample partnership, or any number of invented partnerships.
 * Everything is invented: places, agencies, schools, children and professionals.
 *
 * <p>Output depends only on the seed: the same seed writes byte-identical files.
 */
public final class DatasetGenerator {
    /** The sample's invented area (no such council exists) and its invented county. */
    static final PartnershipProfile SAMPLE = new PartnershipProfile("Kestrel Vale", "Eastmarch", "", "", true);

    private static final List<String> AREA_FIRST = List.of("Curlew", "Plover", "Linnet", "Whimbrel", "Dunlin",
            "Godwit", "Bittern", "Wagtail", "Shrike", "Bunting", "Redshank", "Pipit");
    private static final List<String> AREA_SECOND = List.of("Mere", "Dale", "Heath", "Moor", "Fold", "Combe", "Holme",
            "Ley");
    private static final List<String> COUNTIES = List.of("Westmarch", "Northmarch", "Southmarch", "Fenshire",
            "Wealdshire", "Moorshire");

    private final long seed;

    public DatasetGenerator(long seed) {
        this.seed = seed;
    }

    /** Writes the sample partnership (Kestrel Vale LSCB) directly into {@code dir}, creating it if needed. */
    public void writeSample(Path dir) {
        generate(SAMPLE, new Dice(seed)).write(dir);
    }

    /** Appendix B's programme for 2018-19 (its first table), the same for every partnership generated. */
    static void programme(Dataset data) {
        data.programme.add("s11", "2018", "2018-04-03", "2018-09-30",
                "Appendix B gives the start as April 2018: its first working day (2 April was Easter Monday)");
        data.programme.add("school-audit", "2018", "2018-03-14", "2018-06-29", null);
        data.programme.add("single-agency-audit", "2018-19", "2018-07-01", "2018-10-31", null);
        data.programme.add("annual-review", "2018-19", "2019-02-01", "2019-02-28", "Appendix B gives February 2019");
    }

    /**
     * Writes {@code partnerships} invented partnerships: one dataset directly in {@code dir} when
     * there is one, otherwise one complete dataset per subfolder {@code partnership-01}, … (a
     * region, see {@code qaf ingest}) whose refs and agency codes carry a {@code P01-}, … prefix so
     * they could even share one database. Each partnership.csv has a distinct code.
     */
    public void write(Path dir, int partnerships) {
        if (partnerships < 1) {
            throw new IllegalArgumentException("partnerships must be at least 1 (was " + partnerships + ")");
        }
        Dice root = new Dice(seed);
        List<String> codes = codes(partnerships);
        for (int i = 1; i <= partnerships; i++) {
            Dice dice = root.split();
            String prefix = partnerships == 1 ? "" : String.format("P%02d-", i);
            PartnershipProfile profile = new PartnershipProfile(areaName(i - 1),
                    COUNTIES.get((i - 1) % COUNTIES.size()), prefix, codes.get(i - 1), false);
            Path target = partnerships == 1 ? dir : dir.resolve(String.format("partnership-%02d", i));
            generate(profile, dice).write(target);
        }
    }

    /** Distinct invented names for the first 96 partnerships, then numbered ("Curlew Mere 2"). */
    static String areaName(int index) {
        int combos = AREA_FIRST.size() * AREA_SECOND.size();
        int k = index % combos;
        String name = AREA_FIRST.get(k % AREA_FIRST.size()) + " " + AREA_SECOND.get((k / AREA_FIRST.size() + k)
                % AREA_SECOND.size());
        return index < combos ? name : name + " " + (index / combos + 1);
    }

    /**
     * The codes of the first {@code partnerships} areas: their initials, except that a later area
     * whose initials are taken (Whimbrel Mere after Whimbrel Moor) adds its number after a hyphen,
     * which initials never hold, so it cannot meet another partnership's code.
     */
    static List<String> codes(int partnerships) {
        Set<String> taken = new HashSet<>();
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= partnerships; i++) {
            String code = initials(areaName(i - 1));
            if (!taken.add(code)) {
                code = code + "-" + i;
                taken.add(code);
            }
            codes.add(code);
        }
        return codes;
    }

    /** "Curlew Mere" → "CM", "Curlew Mere 2" → "CM2": short, and read as the place it stands for. */
    static String initials(String area) {
        StringBuilder code = new StringBuilder();
        for (String word : area.split(" ")) {
            code.append(Character.isDigit(word.charAt(0)) ? word : word.substring(0, 1));
        }
        return code.toString().toUpperCase(Locale.ROOT);
    }

    private static Dataset generate(PartnershipProfile profile, Dice dice) {
        Draft draft = new Draft(profile, dice);
        if (profile.hasCode()) {
            draft.data.partnership.add(profile.name(), profile.shortName(), profile.area(), "england-and-wales", 4,
                    profile.code());
        } else {
            draft.data.partnership.add(profile.name(), profile.shortName(), profile.area(), "england-and-wales", 4);
        }
        for (Agencies.Agency a : draft.agencies) {
            draft.data.agencies.add(a.code(), a.name(), a.role().sector(), a.parentCode(), a.lead());
        }
        new CaseStudies(draft, dice.split()).generate();
        programme(draft.data);
        new Reviews(draft, dice.split()).generate();
        new Audits(draft, dice.split()).generate();
        new Actions(draft, dice.split()).generate();
        new Learning(draft, dice.split()).generate();
        // Last, on its own stream, so the review chronologies do not reshuffle what the other steps drew.
        new ReviewCases(draft, dice.split()).generate();
        return draft.data;
    }
}

package qaf.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every variant of the generated corpus, in several sentences, is found with the right child, kind
 * and span, and replaced for the board so that nothing identifying is left.
 */
class PrivacyCorpusTest {
    private static final ChildMatcher MATCHER = ChildMatcher.of(PrivacyCorpus.identities());

    /** Where a variant may stand: mid-sentence anywhere; alone in a cell or after a bracket only if not a common word. */
    private static final List<String> MID_SENTENCE = List.of(
            "The panel discussed %s with the agencies.",
            "Seen at home, %s was quiet; the worker (SW 3) recorded it.",
            "Notes from the review of %s");
    private static final List<String> ANYWHERE = List.of("%s", "(%s)", "Child's details:\n%s\nAgency: Police");

    private static final Set<String> FAMILIES = Set.of("unicode-form", "without-accents", "spaces-and-line-breaks",
            "dashes", "apostrophes-in-names", "possessives", "letter-case", "family-name-first", "given-name-alone",
            "family-name-alone", "common-word-names", "dates-of-birth-numeric", "dates-of-birth-month-names");

    @Test
    void everyVariantIsFoundWithItsChildKindAndSpanAndReplacedForTheBoard() {
        List<PrivacyCorpus.Variant> variants = PrivacyCorpus.variants();
        List<String> failures = new ArrayList<>();
        int checks = 0;
        for (PrivacyCorpus.Variant v : variants) {
            List<String> templates = new ArrayList<>(MID_SENTENCE);
            if (!v.midSentenceOnly()) {
                templates.addAll(ANYWHERE);
            }
            for (String template : templates) {
                checks++;
                String problem = check(v, template);
                if (problem != null) {
                    failures.add(v.family() + " " + v.childRef() + " [" + v.text() + "] in [" + template + "]: " + problem);
                }
            }
        }
        Map<String, Long> perFamily = variants.stream()
                .collect(Collectors.groupingBy(PrivacyCorpus.Variant::family, TreeMap::new, Collectors.counting()));
        System.out.println("privacy corpus: " + variants.size() + " variants, " + checks + " checks; " + perFamily);
        assertEquals(FAMILIES, perFamily.keySet());
        assertTrue(variants.size() > 1000, "the corpus has shrunk: " + variants.size());
        assertEquals(List.of(), failures, failures.size() + " of " + checks + " checks failed");
    }

    private static String check(PrivacyCorpus.Variant v, String template) {
        int at = template.indexOf("%s");
        String text = template.replace("%s", v.text());
        List<Hit> hits = MATCHER.find(text);
        if (hits.size() != 1) {
            return hits.size() + " hits " + hits;
        }
        Hit hit = hits.get(0);
        int start = at + v.lead();
        if (hit.kind() != v.kind() || !hit.childRefs().equals(List.of(v.childRef())) || hit.start() != start
                || hit.end() != start + v.span()) {
            return "expected " + v.kind() + " " + v.childRef() + " [" + start + ", " + (start + v.span()) + ") but got "
                    + hit;
        }
        String expected = template.replace("%s", v.replaced());
        String replaced = MATCHER.replaceForBoard(text, PrivacyCorpus.AS_AT, h -> { });
        if (!replaced.equals(expected)) {
            return "replaced as [" + replaced + "], expected [" + expected + "]";
        }
        List<Hit> left = MATCHER.find(replaced);
        return left.isEmpty() ? null : "still identifying after replacement: " + left;
    }
}

package qaf.analysis.audit;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one rule for "evidence of impact" (DATA-FORMAT.md, Version 2, actions.csv
 * {@code impact_evidenced}): the dataset's own yes/no decides; when it is blank, the impact text
 * counts as evidence unless it is empty or says that impact is not (yet) evidenced. A board read
 * "28 of 28 (100%)" while six of those said "Impact not yet evidenced": the words were counted, not
 * the evidence.
 */
public final class ImpactEvidence {
    /**
     * Texts that say there is no evidence yet: "not yet evidenced", "impact not evidenced", "none yet",
     * "no evidence (yet)", "not known yet", "awaiting evidence", "too early to say", "TBC", "TBA",
     * "n/a", "none", "pending", "-". Matched anywhere in the text, case and accents ignored.
     */
    private static final Pattern NOT_EVIDENCED = Pattern.compile(
            "\\bnot\\s+(yet\\s+)?(been\\s+)?(evidenced|evident|known|measured|demonstrated|seen)\\b"
                    + "|\\bnone\\s+yet\\b|\\bno\\s+(evidence|impact)(\\s+(yet|of impact))?\\b|\\bawaiting\\b"
                    + "|\\btoo\\s+early\\b|\\bto\\s+be\\s+(confirmed|evidenced|measured)\\b|\\btb[ca]\\b"
                    + "|^\\s*(n/?a|none|pending|unknown|-+|–|—)\\s*\\.?\\s*$");

    private ImpactEvidence() {
    }

    /** Whether an action records evidence of impact. */
    public static boolean evidenced(Boolean impactEvidenced, String impact) {
        if (impactEvidenced != null) {
            return impactEvidenced;
        }
        if (impact == null || impact.isBlank()) {
            return false;
        }
        String folded = Normalizer.normalize(impact, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.UK);
        return !NOT_EVIDENCED.matcher(folded).find();
    }
}

package qaf.render.pdf;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Test helper: asserts a PDF passes veraPDF for PDF/A-2a and PDF/UA-1, and on failure lists every
 * failed rule (id, message, where) so the cause is visible in the test report.
 */
public final class VeraPdf {
    private static final List<PDFAFlavour> FLAVOURS = List.of(PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFUA_1);

    static {
        // veraPDF's own one-time registration; idempotent.
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    public static void assertCompliant(byte[] pdf, String name) {
        List<String> failures = new ArrayList<>();
        for (PDFAFlavour flavour : FLAVOURS) {
            failures.addAll(failedRules(pdf, flavour));
        }
        if (!failures.isEmpty()) {
            fail(name + " is not PDF/A-2a + PDF/UA-1 compliant:\n" + String.join("\n", failures));
        }
    }

    /** The failed assertions for one flavour, one line each, summarised by rule with a count. */
    static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) {
                return List.of();
            }
            java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
            java.util.Map<String, String> examples = new java.util.TreeMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    String rule = flavour.getId() + " " + assertion.getRuleId().getClause() + "-"
                            + assertion.getRuleId().getTestNumber();
                    counts.merge(rule, 1, Integer::sum);
                    examples.putIfAbsent(rule, assertion.getMessage() + " @ " + assertion.getLocation().getContext());
                }
            }
            List<String> lines = new ArrayList<>();
            counts.forEach((rule, n) -> lines.add(rule + " x" + n + ": " + examples.get(rule)));
            if (lines.isEmpty()) {
                lines.add(flavour.getId() + ": not compliant, no failed assertion reported");
            }
            return lines;
        } catch (ModelParsingException | ValidationException | EncryptedPdfException e) {
            return List.of(flavour.getId() + ": veraPDF could not validate: " + e);
        } catch (java.io.IOException e) {
            return List.of(flavour.getId() + ": veraPDF could not close: " + e);
        }
    }
}

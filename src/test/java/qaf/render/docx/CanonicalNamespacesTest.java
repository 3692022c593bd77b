package qaf.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Regression: a parallel build wrote the same DOCX parts with their namespaces in another order. */
class CanonicalNamespacesTest {
    private static String canonical(String xml) {
        return new String(DocxZip.canonicalNamespaces(xml.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
    }

    @Test
    void sortsTheRootsNamespaceDeclarationsAndKeepsEverythingElse() {
        String a = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:document xmlns:w=\"urn:w\" xmlns:m=\"urn:m\" mc:Ignorable=\"w14 w15\" xmlns:mc=\"urn:mc\">"
                + "<w:body xmlns:z=\"urn:z\" xmlns:a=\"urn:a\"/></w:document>";
        String b = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:document xmlns:mc=\"urn:mc\" xmlns:w=\"urn:w\" mc:Ignorable=\"w14 w15\" xmlns:m=\"urn:m\">"
                + "<w:body xmlns:z=\"urn:z\" xmlns:a=\"urn:a\"/></w:document>";
        String expected = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:document xmlns:m=\"urn:m\" xmlns:mc=\"urn:mc\" xmlns:w=\"urn:w\" mc:Ignorable=\"w14 w15\">"
                + "<w:body xmlns:z=\"urn:z\" xmlns:a=\"urn:a\"/></w:document>";
        assertEquals(expected, canonical(a));
        assertEquals(expected, canonical(b));
    }

    @Test
    void handlesAnEmptyRootElement() {
        assertEquals("<r xmlns:a=\"1\" xmlns:b=\"2\"/>", canonical("<r xmlns:b=\"2\" xmlns:a=\"1\"/>"));
    }

    /** Regression: a cold parallel build wrote "docx4j null" in one DOCX and "docx4j 11.5.8" in another. */
    @Test
    void docx4jsCommentNamingItsVersionAndTheJvmIsRemovedAndTheRootStillSorted() {
        String prolog = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
        String expected = prolog + "<w:document xmlns:a=\"urn:a\" xmlns:w=\"urn:w\"><w:body/></w:document>";
        for (String version : new String[] {"null", "11.5.8"}) {
            assertEquals(expected, canonical(prolog + "<!-- Modified by docx4j " + version
                    + " (Apache licensed) using REFERENCE JAXB in Debian Java 17.0.15 on Linux -->"
                    + "<w:document xmlns:w=\"urn:w\" xmlns:a=\"urn:a\"><w:body/></w:document>"));
        }
    }
}

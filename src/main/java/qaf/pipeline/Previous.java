package qaf.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import qaf.publish.Manifest;

/**
 * The previous build's files by path, and what every fingerprint this build makes starts with: a
 * digest of qaf's own code, templates and libraries, and the version.
 */
record Previous(Map<String, Manifest.Document> byPath, String implementation) {
    Previous(List<Manifest.Document> documents, String implementation) {
        this(documents.stream().collect(Collectors.toMap(Manifest.Document::path, d -> d, (a, b) -> a)),
                implementation);
    }

    /** The previous entry for {@code path} when it was made from the same inputs, else null. */
    Manifest.Document same(String path, String fingerprint) {
        Manifest.Document entry = byPath.get(path);
        return entry != null && fingerprint.equals(entry.fingerprint()) ? entry : null;
    }

    /**
     * A document's fingerprint: everything its files are made from. The rows it read while being
     * composed stand for the data; the kind, year and name for where and how it is drawn; the
     * implementation for the composers, audience rules, renderers, templates and libraries.
     */
    String fingerprint(String kind, String period, String name, String inputs) {
        MessageDigest digest = sha256();
        for (String part : List.of(implementation, kind, period, name, inputs)) {
            digest.update((part.length() + ":" + part + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

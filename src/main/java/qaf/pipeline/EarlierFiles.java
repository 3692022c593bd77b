package qaf.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import qaf.publish.Manifest;
import qaf.publish.Publisher;
import qaf.render.Format;

/**
 * What becomes of the files an earlier build left in the output folder: listed again in the new
 * manifest while they are still wanted and there, or pruned once the new manifest is written.
 */
final class EarlierFiles {
    private EarlierFiles() {
    }

    /**
     * Keeps in the manifest what this build was not asked about (other kinds, other years, the board
     * pack when not rebuilt) while its files are still there, so the manifest always lists every
     * document in the output folder.
     */
    static void keepOthers(Manifest before, String period, Set<String> folders, Publisher publisher,
            List<Manifest.Document> documents, List<Manifest.Failure> failures) {
        for (Manifest.Document d : before.documents()) {
            if (!inFolders(d.path(), period, folders) && publisher.exists(d.path())) {
                documents.add(d);
            }
        }
        if (before.period().equals(period)) {
            before.failures().stream().filter(f -> !folders.contains(f.kind())).forEach(failures::add);
        }
    }

    /**
     * A build of some formats ({@code --formats pdf}) leaves the other formats' files of the documents
     * it built where they are, listed with the data files this build wrote for the same document. Those
     * of documents this build did not publish (gone, or failed) are not kept, so they are removed.
     */
    static void keepOtherFormats(Manifest before, String period, Set<String> folders, Set<Format> formats,
            Publisher publisher, List<Manifest.Document> documents) {
        Set<String> built = new HashSet<>();
        formats.forEach(f -> built.add(f.extension()));
        Map<String, Manifest.Document> published = byStem(documents);
        for (Manifest.Document d : before.documents()) {
            if (inFolders(d.path(), period, folders) && !built.contains(d.format()) && publisher.exists(d.path())) {
                Manifest.Document sibling = published.get(stem(d.path()));
                if (sibling != null) {
                    documents.add(d.withData(sibling.data()));
                }
            }
        }
    }

    static List<String> prune(Publisher publisher, String period, Set<String> folders,
            List<Manifest.Document> documents) throws IOException {
        Set<String> keep = new HashSet<>();
        for (Manifest.Document d : documents) {
            keep.add(d.path());
            d.data().forEach(f -> keep.add(f.path()));
        }
        List<String> removed = new ArrayList<>();
        for (String folder : folders) {
            removed.addAll(publisher.prune(period, folder, keep));
        }
        return removed;
    }

    /** A document's path without its format's extension: what its formats' files share. */
    static String stem(String path) {
        return path.substring(0, path.lastIndexOf('.'));
    }

    private static Map<String, Manifest.Document> byStem(List<Manifest.Document> documents) {
        return documents.stream().collect(Collectors.toMap(d -> stem(d.path()), d -> d, (a, b) -> a));
    }

    private static boolean inFolders(String path, String period, Set<String> folders) {
        String[] parts = path.split("/", 3);
        return parts.length == 3 && parts[0].equals(period) && folders.contains(parts[1]);
    }
}

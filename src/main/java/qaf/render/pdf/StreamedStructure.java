package qaf.render.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfStructureTreeRoot;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.classic.ClassicPdfStructure;
import net.sf.jasperreports.pdf.classic.ClassicStructureEntry;
import net.sf.jasperreports.pdf.common.PdfStructureEntry;

/**
 * The exporter's structure tree for large documents, written to the file while the document is
 * exported instead of all at once when it is closed.
 *
 * <p>OpenPDF keeps every structure element in memory until the document closes: for a
 * 100,000-entry chronology that is some 800,000 elements (a TD per cell, a TR per row), several
 * hundred megabytes. Here each element the tag helper opens (a table, a row, a cell…) is
 * <em>completed</em> when the helper closes it: its children, complete by then, are written to the
 * file and replaced by their references, so at any time only the rows of the table being exported
 * are held, each as a small dictionary of references. The element itself is written by its own
 * parent's completion or, at the top, by OpenPDF when it builds the rest of the tree.
 *
 * <p>The parent tree (which structure element each marked-content sequence of a page belongs to)
 * stays until the end, as OpenPDF writes it then; it is kept as plain object numbers
 * ({@link ReferenceArray}) instead of OpenPDF's reference objects, a tenth of the memory.
 *
 * <p>A completed element must not change again. OpenPDF reads an element's kids ({@code /K}) to add a
 * child or a marked-content reference; a completed element answers that it has none, so such a late
 * addition reaches {@code put} and fails loudly instead of being lost from the file.
 */
final class StreamedStructure extends ClassicPdfStructure {
    private final ClassicPdfProducer producer;

    StreamedStructure(ClassicPdfProducer producer) {
        super(producer);
        this.producer = producer;
    }

    @Override
    public PdfStructureEntry createAllTag(String language) {
        PdfStructureEntry all = super.createAllTag(language);
        compactParentTree(producer.getPdfWriter().getStructureTreeRoot());
        return all;
    }

    /**
     * Replaces OpenPDF's parent tree map (private, so by reflection) with one whose arrays hold
     * object numbers. OpenPDF only ever gets a page's array (creating it if missing), adds element
     * references to it and finally writes it, all of which {@link ParentTree} supports. If a later
     * OpenPDF changes the field this fails loudly rather than falling back to the large map.
     */
    private static void compactParentTree(PdfStructureTreeRoot root) {
        try {
            Field field = PdfStructureTreeRoot.class.getDeclaredField("parentTree");
            field.setAccessible(true);
            if (!((Map<?, ?>) field.get(root)).isEmpty()) {
                throw new IllegalStateException("the parent tree already has entries");
            }
            field.set(root, new ParentTree());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("OpenPDF's structure tree root is not as expected (parentTree)", e);
        }
    }

    /** Page number to that page's array of structure elements; an empty array on first use. */
    private static final class ParentTree extends HashMap<Integer, PdfArray> {
        @java.io.Serial
        private static final long serialVersionUID = 1L;
        @Override
        public PdfArray get(Object page) {
            return computeIfAbsent((Integer) page, p -> new ReferenceArray());
        }
    }

    /** An array of indirect references (generation 0) kept as object numbers. */
    static final class ReferenceArray extends PdfArray {
        private int[] numbers = new int[8];
        private int size;

        @Override
        public boolean add(PdfObject object) {
            if (!(object instanceof PdfIndirectReference reference) || reference.getGeneration() != 0) {
                throw new IllegalArgumentException("only references of generation 0 go in the parent tree");
            }
            if (size == numbers.length) {
                numbers = Arrays.copyOf(numbers, size * 2);
            }
            numbers[size++] = reference.getNumber();
            return true;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public boolean isEmpty() {
            return size == 0;
        }

        @Override
        public void toPdf(PdfWriter writer, OutputStream os) throws IOException {
            StringBuilder text = new StringBuilder(size * 9 + 2).append('[');
            for (int i = 0; i < size; i++) {
                text.append(i == 0 ? "" : " ").append(numbers[i]).append(" 0 R");
            }
            os.write(text.append(']').toString().getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    @Override
    protected ClassicStructureEntry createElement(PdfStructureEntry parent, String name) {
        PdfStructureElement parentElement = ((ClassicStructureEntry) parent).getElement();
        return new ClassicStructureEntry(this, new Element(parentElement, pdfName(name)));
    }

    /** Called when the tag helper closes {@code entry}: nothing more will be added to it. */
    void closed(PdfStructureEntry entry) {
        if (entry instanceof ClassicStructureEntry classic && classic.getElement() instanceof Element element) {
            try {
                element.complete(producer.getPdfWriter());
            } catch (IOException e) {
                throw new UncheckedIOException("writing the structure tree failed", e);
            }
        }
    }

    /** A structure element that writes its children out once it is complete. */
    static final class Element extends PdfStructureElement {
        private boolean complete;

        Element(PdfStructureElement parent, PdfName type) {
            super(parent, type);
        }

        boolean isComplete() {
            return complete;
        }

        /**
         * Writes every child element (completing it first) and keeps only references to them. OpenPDF
         * writes this element itself later; it must not look into the kids again, so {@link #get}
         * hides them from then on.
         */
        void complete(PdfWriter writer) throws IOException {
            if (complete) {
                return;
            }
            if (super.get(PdfName.K) instanceof PdfArray kids) {
                // getElements() is a copy: read it, change the array itself.
                List<PdfObject> list = kids.getElements();
                for (int i = 0; i < list.size(); i++) {
                    PdfObject kid = list.get(i);
                    if (kid instanceof Element child) {
                        child.complete(writer);
                        writer.addToBody(child, child.getReference());
                        kids.set(i, child.getReference());
                    } else if (kid instanceof PdfStructureElement) {
                        throw new IllegalStateException("a structure element outside the streamed tree");
                    }
                }
            }
            complete = true;
        }

        @Override
        public PdfObject get(PdfName key) {
            // Once complete, the kids are references already written: OpenPDF's final tree walk must
            // not descend into them (it expects elements), and nothing may add to them.
            return complete && PdfName.K.equals(key) ? null : super.get(key);
        }

        @Override
        public void put(PdfName key, PdfObject value) {
            if (complete) {
                throw new IllegalStateException("structure element " + super.get(PdfName.S)
                        + " changed after it was closed and written");
            }
            super.put(key, value);
        }
    }
}

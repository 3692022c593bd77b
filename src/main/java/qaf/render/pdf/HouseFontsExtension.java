package qaf.render.pdf;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRPropertiesMap;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.fonts.FontSet;
import net.sf.jasperreports.engine.fonts.SimpleFontFace;
import net.sf.jasperreports.engine.fonts.SimpleFontFamily;
import net.sf.jasperreports.engine.fonts.SimpleFontSet;
import net.sf.jasperreports.engine.fonts.SimpleFontSetFamily;
import net.sf.jasperreports.extensions.ExtensionsRegistry;
import net.sf.jasperreports.extensions.ExtensionsRegistryFactory;

/**
 * Registers {@link HouseFonts} with JasperReports (named in {@code jasperreports_extension.properties}):
 * one family per entry and the font set {@value HouseFonts#SET}. Built in code rather than from a
 * {@code fonts.xml} because JasperReports' own loader copies every face to the shared temp folder;
 * these faces hand it the fonts {@link HouseFonts} opened from qaf's private folder. The PDF exporter
 * still reads each face's bytes from the class path ({@code getTtf()}) to embed it.
 */
public final class HouseFontsExtension implements ExtensionsRegistryFactory {
    @Override
    public ExtensionsRegistry createRegistry(String registryId, JRPropertiesMap properties) {
        JasperReportsContext context = DefaultJasperReportsContext.getInstance();
        List<FontFamily> families = new ArrayList<>();
        SimpleFontSet set = new SimpleFontSet();
        set.setName(HouseFonts.SET);
        boolean primary = true;
        for (HouseFonts.Family f : HouseFonts.FAMILIES) {
            SimpleFontFamily family = new SimpleFontFamily(context);
            family.setName(f.name());
            family.setNormalFace(face(context, f.normal()));
            if (f.bold() != null) {
                family.setBoldFace(face(context, f.bold()));
            }
            if (f.italic() != null) {
                family.setItalicFace(face(context, f.italic()));
            }
            if (f.boldItalic() != null) {
                family.setBoldItalicFace(face(context, f.boldItalic()));
            }
            family.setPdfEncoding("Identity-H");
            family.setPdfEmbedded(true);
            families.add(family);

            SimpleFontSetFamily member = new SimpleFontSetFamily();
            member.setFamilyName(f.name());
            member.setPrimary(primary);
            f.scripts().forEach(member::addIncludedScript);
            set.addFamily(member);
            primary = false;
        }
        families.addAll(faceAliases(context, families));
        List<FontSet> sets = List.of(set);
        return new ExtensionsRegistry() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> List<T> getExtensions(Class<T> extensionType) {
                if (FontFamily.class.equals(extensionType)) {
                    return (List<T>) families;
                }
                if (FontSet.class.equals(extensionType)) {
                    return (List<T>) sets;
                }
                return null;
            }
        };
    }

    /**
     * A hidden family per face, named by the face's own font name ("Noto Sans Arabic Bold"): the glyph
     * renderer looks the PDF font up by the AWT font's name attribute, which for a font read from a
     * file is its full name, not its family. Without these, shaped text in a bold face (or any face
     * whose name is not its family's) would fall back to a non-Unicode font and fail the export.
     */
    private static List<FontFamily> faceAliases(JasperReportsContext context, List<FontFamily> families) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        families.forEach(f -> taken.add(f.getName()));
        List<FontFamily> aliases = new ArrayList<>();
        for (HouseFonts.Family f : HouseFonts.FAMILIES) {
            for (String resource : f.faces()) {
                String name = HouseFonts.awt(resource).getFontName(java.util.Locale.ROOT);
                if (taken.add(name)) {
                    SimpleFontFamily alias = new SimpleFontFamily(context);
                    alias.setName(name);
                    alias.setNormalFace(face(context, resource));
                    alias.setBoldFace(face(context, resource));
                    alias.setItalicFace(face(context, resource));
                    alias.setBoldItalicFace(face(context, resource));
                    alias.setPdfEncoding("Identity-H");
                    alias.setPdfEmbedded(true);
                    alias.setVisible(false);
                    aliases.add(alias);
                }
            }
        }
        return aliases;
    }

    private static SimpleFontFace face(JasperReportsContext context, String resource) {
        PrivateFace face = new PrivateFace(context, resource);
        face.setTtf(resource, false);
        return face;
    }

    /** A face whose AWT font comes from {@link HouseFonts} (lazily, on first use), never a temp copy. */
    private static final class PrivateFace extends SimpleFontFace {
        private final String resource;

        PrivateFace(JasperReportsContext context, String resource) {
            super(context);
            this.resource = resource;
        }

        @Override
        public void loadFont() {
            // Nothing to do: getFont() asks HouseFonts, which loads each face once per JVM.
        }

        @Override
        public Font getFont() {
            return HouseFonts.awt(resource);
        }
    }
}

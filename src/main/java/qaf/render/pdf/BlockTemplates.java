package qaf.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRExpression;
import net.sf.jasperreports.engine.JRPropertiesMap;
import net.sf.jasperreports.engine.JRPropertyExpression;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignElement;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignFrame;
import net.sf.jasperreports.engine.design.JRDesignGroup;
import net.sf.jasperreports.engine.design.JRDesignPropertyExpression;
import net.sf.jasperreports.engine.design.JRDesignSection;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.type.OrientationEnum;
import qaf.document.TableLayout;

/**
 * Makes the compiled block templates from {@code report-templates/blocks.jrxml} at build time: the
 * hand-written template holds one prototype header band ({@code "th"}) and one row band ({@code "td"})
 * with a single cell each; here they become one band pair per {@link TableLayout}, the prototype cell
 * copied once per column at the layout's widths; the {@value #TABLE_GROUP} group's prototype (the header
 * repeated on a continuation page) likewise. A landscape twin is made by scaling every x and width
 * to the landscape text width first. So the business manager restyles cells in one place, and a new
 * layout needs no template edit.
 */
final class BlockTemplates {
    static final String PROPERTY = "qaf.blocks";
    static final String LANDSCAPE_SUFFIX = "-landscape";
    /** The group whose header repeats a table's header row on each page the table runs onto. */
    static final String TABLE_GROUP = "table";
    private static final String TAG = "net.sf.jasperreports.export.pdf.tag.";
    private static final Pattern CELL_FIELD = Pattern.compile("\\$F\\{(c|a|t|s|f|ft|fs|h)0\\}");
    private static final Pattern KIND = Pattern.compile("\"(th|td)\"\\.equals\\(\\$F\\{kind\\}\\)");

    private BlockTemplates() {
    }

    /** Whether the design is a block template to expand. */
    static boolean isBlockTemplate(JasperDesign design) {
        return "true".equals(design.getPropertiesMap().getProperty(PROPERTY));
    }

    /** Replaces the prototype table bands with one pair per layout, at the design's column width. */
    static void expandTables(JasperDesign design) {
        JRDesignSection detail = (JRDesignSection) design.getDetailSection();
        List<JRDesignBand> bands = new ArrayList<>();
        for (var band : detail.getBandsList()) {
            bands.add((JRDesignBand) band);
        }
        JRDesignBand header = prototype(bands, "th", design.getName());
        JRDesignBand row = prototype(bands, "td", design.getName());
        int at = Math.min(bands.indexOf(header), bands.indexOf(row));
        detail.removeBand(header);
        detail.removeBand(row);
        int width = design.getColumnWidth();
        for (TableLayout layout : TableLayout.values()) {
            detail.addBand(at++, stamp(header, "th", layout, width));
            detail.addBand(at++, stamp(row, "td", layout, width));
        }
        JRDesignGroup table = (JRDesignGroup) design.getGroupsMap().get(TABLE_GROUP);
        if (table != null) {
            // The header repeated on a continuation page: one band per layout, as for the rows it heads.
            JRDesignSection section = (JRDesignSection) table.getGroupHeaderSection();
            List<JRDesignBand> repeats = new ArrayList<>();
            for (var band : section.getBandsList()) {
                repeats.add((JRDesignBand) band);
            }
            JRDesignBand repeat = prototype(repeats, "td", design.getName() + " (group " + TABLE_GROUP + ")");
            int place = repeats.indexOf(repeat);
            section.removeBand(repeat);
            for (TableLayout layout : TableLayout.values()) {
                section.addBand(place++, stamp(repeat, "td", layout, width));
            }
        }
    }

    /**
     * The landscape twin of a portrait block template: A4 turned, every element of the title group and
     * the detail bands scaled from the portrait to the landscape text width.
     */
    static JasperDesign landscape(JasperDesign portrait, JasperDesign copy, JasperDesign furniture) {
        if (portrait.getColumnWidth() != TableLayout.TEXT_WIDTH) {
            throw new IllegalArgumentException(portrait.getName() + ".jrxml: a block template is written at the"
                    + " portrait text width " + TableLayout.TEXT_WIDTH + " pt, not " + portrait.getColumnWidth());
        }
        copy.setName(portrait.getName() + LANDSCAPE_SUFFIX);
        copy.setOrientation(OrientationEnum.LANDSCAPE);
        copy.setPageWidth(portrait.getPageHeight());
        copy.setPageHeight(portrait.getPageWidth());
        copy.setColumnWidth(TableLayout.LANDSCAPE_WIDTH);
        copy.setLeftMargin(36);
        copy.setRightMargin(portrait.getPageHeight() - 36 - TableLayout.LANDSCAPE_WIDTH);
        double scale = (double) TableLayout.LANDSCAPE_WIDTH / TableLayout.TEXT_WIDTH;
        int available = copy.getPageHeight() - copy.getTopMargin() - copy.getBottomMargin()
                - furniture.getPageHeader().getHeight() - furniture.getPageFooter().getHeight();
        for (var band : ((JRDesignSection) copy.getDetailSection()).getBandsList()) {
            scale(band.getElements(), scale);
            fitHeight((JRDesignBand) band, available);
        }
        for (var group : copy.getGroupsList()) {
            JRDesignGroup g = (JRDesignGroup) group;
            for (var band : ((JRDesignSection) g.getGroupHeaderSection()).getBandsList()) {
                scale(band.getElements(), scale);
            }
        }
        return copy;
    }

    /**
     * A band taller than the landscape page's room (the largest figure boxes) gives up the difference
     * from its images: the figure is drawn smaller, keeping its shape.
     */
    private static void fitHeight(JRDesignBand band, int available) {
        int over = band.getHeight() - available;
        if (over <= 0) {
            return;
        }
        for (JRElement element : band.getElements()) {
            if (element instanceof net.sf.jasperreports.engine.design.JRDesignImage image) {
                image.setHeight(image.getHeight() - over);
            }
        }
        band.setHeight(available);
    }

    private static void scale(JRElement[] elements, double scale) {
        for (JRElement element : elements) {
            JRDesignElement e = (JRDesignElement) element;
            int left = (int) Math.round(e.getX() * scale);
            int right = (int) Math.round((e.getX() + e.getWidth()) * scale);
            e.setX(left);
            e.setWidth(right - left);
            if (e instanceof JRDesignFrame frame) {
                scale(frame.getElements(), scale);
            }
        }
    }

    private static JRDesignBand prototype(List<JRDesignBand> bands, String kind, String template) {
        for (JRDesignBand band : bands) {
            JRExpression when = band.getPrintWhenExpression();
            Matcher m = when == null ? null : KIND.matcher(when.getText());
            if (m != null && m.find() && m.group(1).equals(kind)) {
                return band;
            }
        }
        throw new IllegalArgumentException(template + ".jrxml has no prototype band printed when \"" + kind
                + "\".equals($F{kind}): keep the th and td bands, the build makes the table bands from them");
    }

    private static JRDesignBand stamp(JRDesignBand prototype, String kind, TableLayout layout, int width) {
        JRDesignBand band = (JRDesignBand) prototype.clone();
        band.setPrintWhenExpression(new JRDesignExpression(
                "\"" + kind + "-" + layout.id() + "\".equals($F{kind})"));
        expandCells(band.getElements(), layout.widths(width), band::removeElement, band::addElement);
        return band;
    }

    /** In a band or frame, replaces the one prototype cell with a cell per column. */
    private static void expandCells(JRElement[] elements, int[] widths,
            java.util.function.Consumer<JRDesignElement> remove, java.util.function.Consumer<JRDesignElement> add) {
        for (JRElement element : elements) {
            if (element instanceof JRDesignFrame frame) {
                expandCells(frame.getElements(), widths, frame::removeElement, frame::addElement);
            } else if (element instanceof JRDesignTextField cell && isPrototypeCell(cell)) {
                remove.accept(cell);
                int x = 0;
                for (int i = 0; i < widths.length; i++) {
                    add.accept(column(cell, i, widths.length, x, widths[i]));
                    x += widths[i];
                }
            }
        }
    }

    private static boolean isPrototypeCell(JRDesignTextField cell) {
        return cell.getExpression() != null && CELL_FIELD.matcher(cell.getExpression().getText()).find();
    }

    private static JRDesignTextField column(JRDesignTextField prototype, int i, int columns, int x, int width) {
        JRDesignTextField cell = (JRDesignTextField) prototype.clone();
        cell.setX(x);
        cell.setWidth(width);
        cell.setExpression(new JRDesignExpression(renumber(prototype.getExpression().getText(), i)));
        for (JRPropertyExpression p : cell.getPropertyExpressions()) {
            cell.removePropertyExpression(p.getName());
        }
        for (JRPropertyExpression p : prototype.getPropertyExpressions()) {
            JRDesignPropertyExpression copy = new JRDesignPropertyExpression();
            copy.setName(p.getName());
            copy.setValueExpression(new JRDesignExpression(renumber(p.getValueExpression().getText(), i)));
            cell.addPropertyExpression(copy);
        }
        // The row tags: TR opens at the first cell and closes at the last, around the cell tags. A cell
        // without a cell tag (the repeated header, an artifact) is in no row.
        JRPropertiesMap original = prototype.getPropertiesMap();
        JRPropertiesMap properties = cell.getPropertiesMap();
        boolean tagged = original.containsProperty(TAG + "th") || original.containsProperty(TAG + "td");
        for (String name : original.getPropertyNames()) {
            properties.removeProperty(name);
        }
        if (tagged && i == 0) {
            properties.setProperty(TAG + "tr", "start");
        }
        for (String name : original.getPropertyNames()) {
            properties.setProperty(name, original.getProperty(name));
        }
        if (tagged && i == columns - 1) {
            properties.setProperty(TAG + "tr", "end");
        }
        return cell;
    }

    private static String renumber(String expression, int i) {
        return CELL_FIELD.matcher(expression).replaceAll(m -> Matcher.quoteReplacement("$F{" + m.group(1) + i + "}"));
    }
}

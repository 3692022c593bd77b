package qaf.render.pdf;

import java.awt.Graphics2D;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.DimensionRenderable;
import net.sf.jasperreports.renderers.Graphics2DRenderable;
import qaf.document.Figure;

/**
 * A {@link Figure} as a JasperReports image: the PDF exporter hands it a Graphics2D that writes PDF
 * vector operators, so the chart stays sharp at any zoom. Place it in an image element whose
 * tooltip expression is the figure's alt text (that becomes the Figure tag's /Alt).
 */
public final class FigureRenderable extends AbstractRenderer implements Graphics2DRenderable, DimensionRenderable {
    private static final long serialVersionUID = 1L;

    // Not serialisable (the painter is code). The template's image has usingCache="true", so a
    // virtualised fill keeps this renderer in its in-memory cache instead of swapping it to disk.
    private final transient Figure figure;

    public FigureRenderable(Figure figure) {
        this.figure = figure;
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D g, Rectangle2D area) {
        if (figure == null) {
            throw new IllegalStateException("figure renderer used after serialisation");
        }
        Graphics2D copy = (Graphics2D) g.create();
        try {
            figure.painter().paint(copy, area);
        } finally {
            copy.dispose();
        }
    }

    @Override
    public Dimension2D getDimension(JasperReportsContext context) {
        return new java.awt.Dimension((int) Math.ceil(figure.widthPt()), (int) Math.ceil(figure.heightPt()));
    }
}

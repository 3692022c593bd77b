package qaf.render.pdf;

import java.awt.Graphics2D;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.DimensionRenderable;
import net.sf.jasperreports.renderers.Graphics2DRenderable;
import qaf.document.Chart;
import qaf.render.chart.ChartDrawing;

/**
 * A {@link Chart} as a JasperReports image: the PDF exporter hands it a Graphics2D that writes PDF
 * vector operators, so the chart stays sharp at any zoom. Place it in an image element whose
 * tooltip expression is the figure's alt text (that becomes the Figure tag's /Alt).
 */
public final class FigureRenderable extends AbstractRenderer implements Graphics2DRenderable, DimensionRenderable {
    private static final long serialVersionUID = 1L;

    // Not serialisable (drawn, not stored). The template's image has usingCache="true", so a
    // virtualised fill keeps this renderer in its in-memory cache instead of swapping it to disk.
    private final transient Chart figure;

    public FigureRenderable(Chart figure) {
        this.figure = figure;
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D g, Rectangle2D area) {
        if (figure == null) {
            throw new IllegalStateException("figure renderer used after serialisation");
        }
        ChartDrawing.paint(figure, g, area);
    }

    @Override
    public Dimension2D getDimension(JasperReportsContext context) {
        return new java.awt.Dimension((int) Math.ceil(figure.widthPt()), (int) Math.ceil(figure.heightPt()));
    }
}

package qaf.ingest.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An Excel Table of a sheet as its definition part gives it: name, area (rows and columns from 0)
 * and header and totals row counts. Only the root element's attributes are read.
 */
record TableDef(String name, int firstRow, int lastRow, int firstColumn, int lastColumn, int headerRowCount,
        int totalsRowCount) {

    /** The sheet's tables in relationship-id order, as {@code XSSFSheet.getTables()} lists them. */
    static List<TableDef> of(PackagePart sheet) throws InvalidFormatException, IOException, SAXException {
        List<PackageRelationship> rels = new ArrayList<>();
        sheet.getRelationshipsByType(XSSFRelation.TABLE.getRelation()).forEach(rels::add);
        rels.sort(Comparator.comparing(PackageRelationship::getId));
        List<TableDef> out = new ArrayList<>();
        for (PackageRelationship rel : rels) {
            PackagePart part = sheet.getRelatedPart(rel);
            if (part != null) {
                try (InputStream in = part.getInputStream()) {
                    out.add(read(in));
                }
            }
        }
        return out;
    }

    private static TableDef read(InputStream in) throws IOException, SAXException {
        XMLReader reader;
        try {
            reader = XMLHelper.getSaxParserFactory().newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser", e);
        }
        TableDef[] found = new TableDef[1];
        reader.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts)
                    throws SAXException {
                if (found[0] == null) {
                    found[0] = of(atts);
                    throw new Done();
                }
            }
        });
        try {
            reader.parse(new InputSource(in));
        } catch (Done done) {
            // the root element was all that was wanted
        }
        if (found[0] == null) {
            throw new SAXException("a table part without a table");
        }
        return found[0];
    }

    private static TableDef of(Attributes atts) {
        String name = atts.getValue("name") != null ? atts.getValue("name") : atts.getValue("displayName");
        AreaReference area = new AreaReference(atts.getValue("ref"), SpreadsheetVersion.EXCEL2007);
        return new TableDef(name, area.getFirstCell().getRow(), area.getLastCell().getRow(),
                area.getFirstCell().getCol(), area.getLastCell().getCol(), count(atts, "headerRowCount", 1),
                count(atts, "totalsRowCount", 0));
    }

    private static int count(Attributes atts, String name, int absent) {
        String v = atts.getValue(name);
        return v == null ? absent : Integer.parseInt(v);
    }

    /** Stops the parse after the root element. */
    private static final class Done extends SAXException {
        private static final long serialVersionUID = 1L;
    }
}

package vn.gov.khcn.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import vn.gov.khcn.reporting.RenderedReport;
import vn.gov.khcn.reporting.RenderedReport.Block;
import vn.gov.khcn.reporting.RenderedReport.Span;
import vn.gov.khcn.reporting.Report;
import vn.gov.khcn.shared.Formats;

/**
 * The report as a Word document per report-format.md (Nghị định 30/2020): A4, Times New Roman, the
 * two-column header and closing blocks, real footnotes, page numbers from page 2. Built fully with POI.
 */
public final class DocxWriter {
    static final String FONT = "Times New Roman";
    static final String LANGUAGE = "vi-VN";
    private static final int BODY = 14;
    private static final int TWIPS_PER_MM = 57; // 1 mm ≈ 56.7 twips

    private DocxWriter() {
    }

    public static byte[] write(RenderedReport r) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            styles(doc);
            properties(doc, r);
            page(doc);
            header(doc, r);
            XWPFParagraph title = para(doc, ParagraphAlignment.CENTER, 0, 0);
            title.setSpacingBefore(240);
            run(title, "BÁO CÁO", true, false, BODY);
            XWPFParagraph subject = para(doc, ParagraphAlignment.CENTER, 0, 0);
            run(subject, r.subject(), true, false, BODY);
            rule(doc.createParagraph(), 3400, 3400);
            XWPFFootnote[] notes = new XWPFFootnote[r.footnotes().size() + 1];
            for (Block b : r.blocks()) {
                XWPFParagraph p = para(doc, ParagraphAlignment.BOTH, 720, 120);
                boolean heading = b.kind() != RenderedReport.BlockKind.PARAGRAPH && b.kind() != RenderedReport.BlockKind.PLANNED;
                for (Span s : b.spans()) {
                    if (s.footnote() != null) {
                        XWPFFootnote fn = doc.createFootnote();
                        notes[s.footnote()] = fn;
                        XWPFParagraph fp = fn.createParagraph();
                        fp.setStyle("FootnoteText");
                        fp.setAlignment(ParagraphAlignment.BOTH);
                        fn.ensureFootnoteRef(fp);
                        for (Span fs : r.footnotes().get(s.footnote() - 1).spans()) {
                            run(fp, fs.text(), fs.bold(), fs.italic(), 10);
                        }
                        fp.getRuns().get(1).setText(" " + fp.getRuns().get(1).text(), 0);
                        p.addFootnoteReference(fn);
                        XWPFRun ref = p.getRuns().get(p.getRuns().size() - 1);
                        ref.setFontFamily(FONT);
                    } else {
                        run(p, s.text(), s.bold() || heading, s.italic(), BODY);
                    }
                }
            }
            closing(doc, r.report());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The file's properties name the department and the report, not the library, and its language is Vietnamese
     * (Word's spelling check and screen readers read it as such). Dated by the report's date, so the same report
     * gives the same bytes.
     */
    private static void properties(XWPFDocument doc, RenderedReport r) {
        POIXMLProperties props = doc.getProperties();
        String department = r.settings().department();
        var core = props.getCoreProperties();
        String subject = r.subject();
        core.setTitle("Báo cáo " + (subject.isEmpty() ? "" : subject.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + subject.substring(1)));
        core.setCreator(department);
        core.setLastModifiedByUser(department);
        Date date = Date.from(r.report().reportDate().atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        core.getUnderlyingProperties().setLanguageProperty(LANGUAGE);
        var ext = props.getExtendedProperties();
        ext.setCompany(department);
        ext.setApplication("KHCN");
        if (ext.getUnderlyingProperties().isSetAppVersion()) {
            ext.getUnderlyingProperties().unsetAppVersion();
        }
    }

    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        styles.setSpellingLanguage(LANGUAGE);
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        styles.setDefaultFonts(fonts);
        CTStyle ref = CTStyle.Factory.newInstance();
        ref.setStyleId("FootnoteReference");
        ref.setType(STStyleType.CHARACTER);
        ref.addNewName().setVal("footnote reference");
        ref.addNewRPr().addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
        styles.addStyle(new XWPFStyle(ref));
        CTStyle text = CTStyle.Factory.newInstance();
        text.setStyleId("FootnoteText");
        text.setType(STStyleType.PARAGRAPH);
        text.addNewName().setVal("footnote text");
        var rpr = text.addNewRPr();
        rpr.addNewSz().setVal(BigInteger.valueOf(20));
        rpr.addNewRFonts().setAscii(FONT);
        var ppr = text.addNewPPr();
        ppr.addNewSpacing().setAfter(BigInteger.ZERO);
        styles.addStyle(new XWPFStyle(text));
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz sz = sect.addNewPgSz();
        sz.setW(BigInteger.valueOf(11906));
        sz.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(20L * TWIPS_PER_MM));
        mar.setBottom(BigInteger.valueOf(20L * TWIPS_PER_MM));
        mar.setLeft(BigInteger.valueOf(30L * TWIPS_PER_MM));
        mar.setRight(BigInteger.valueOf(15L * TWIPS_PER_MM));
        mar.setHeader(BigInteger.valueOf(10L * TWIPS_PER_MM));
        mar.setFooter(BigInteger.valueOf(10L * TWIPS_PER_MM));
        mar.setGutter(BigInteger.ZERO);
        sect.addNewTitlePg();
        doc.createHeader(HeaderFooterType.FIRST).createParagraph();
        XWPFHeader h = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = h.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun begin = p.createRun();
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instr = p.createRun();
        instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
        XWPFRun sep = p.createRun();
        sep.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        XWPFRun num = p.createRun();
        num.setText("2");
        XWPFRun end = p.createRun();
        end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        for (XWPFRun x : p.getRuns()) {
            x.setFontFamily(FONT);
            x.setFontSize(BODY);
        }
    }

    private static void header(XWPFDocument doc, RenderedReport r) {
        Report rep = r.report();
        XWPFTable t = table(doc, 2, 4250, 5650);
        t.getCTTbl().getTblPr().addNewTblInd().setW(BigInteger.valueOf(-300));
        XWPFTableCell l0 = t.getRow(0).getCell(0);
        XWPFParagraph p = cellPara(l0, true);
        run(p, r.settings().parentBody().toUpperCase(java.util.Locale.ROOT), false, false, 13);
        p = cellPara(l0, false);
        run(p, r.settings().department().toUpperCase(java.util.Locale.ROOT), true, false, 12);
        rule(cellPara(l0, false), 1100, 1100);
        XWPFTableCell r0 = t.getRow(0).getCell(1);
        p = cellPara(r0, true);
        run(p, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false, 12);
        p = cellPara(r0, false);
        run(p, "Độc lập - Tự do - Hạnh phúc", true, false, 13);
        rule(cellPara(r0, false), 1300, 1300);
        p = cellPara(t.getRow(1).getCell(0), true);
        run(p, "Số: " + rep.numberText(), false, false, 13);
        p = cellPara(t.getRow(1).getCell(1), true);
        run(p, rep.place() + ", " + Formats.longDate(rep.reportDate()), false, true, 14);
    }

    private static void closing(XWPFDocument doc, Report rep) {
        doc.createParagraph().setSpacingAfter(0);
        XWPFTable t = table(doc, 1, 4600, 4755);
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFParagraph p = cellPara(left, true);
        p.setAlignment(ParagraphAlignment.LEFT);
        run(p, "Nơi nhận:", true, true, 12);
        for (String x : rep.recipientList()) {
            p = cellPara(left, false);
            p.setAlignment(ParagraphAlignment.LEFT);
            run(p, "- " + x + ";", false, false, 11);
        }
        p = cellPara(left, false);
        p.setAlignment(ParagraphAlignment.LEFT);
        run(p, "- Lưu: VT, VP.", false, false, 11);
        XWPFTableCell right = t.getRow(0).getCell(1);
        p = cellPara(right, true);
        for (String line : rep.signerTitle().split("\n")) {
            run(p, line.toUpperCase(java.util.Locale.ROOT), true, false, BODY);
            p = cellPara(right, false);
        }
        for (int i = 0; i < 3; i++) {
            run(p, "", false, false, BODY);
            p = cellPara(right, false);
        }
        run(p, rep.signerName(), true, false, BODY);
    }

    private static XWPFTable table(XWPFDocument doc, int rows, int leftWidth, int rightWidth) {
        XWPFTable t = doc.createTable(rows, 2);
        t.removeBorders();
        t.setWidthType(TableWidthType.DXA);
        t.setWidth(leftWidth + rightWidth);
        var grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        grid.addNewGridCol().setW(BigInteger.valueOf(leftWidth));
        grid.addNewGridCol().setW(BigInteger.valueOf(rightWidth));
        t.getCTTbl().getTblPr().addNewTblLayout().setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
        for (int i = 0; i < rows; i++) {
            t.getRow(i).getCell(0).setWidth(String.valueOf(leftWidth));
            t.getRow(i).getCell(1).setWidth(String.valueOf(rightWidth));
        }
        return t;
    }

    private static XWPFParagraph cellPara(XWPFTableCell c, boolean first) {
        XWPFParagraph p = first ? c.getParagraphs().get(0) : c.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        return p;
    }

    /** A short horizontal rule: an empty paragraph with a bottom border between indents. */
    private static void rule(XWPFParagraph p, int left, int right) {
        p.setBorderBottom(Borders.SINGLE);
        p.setIndentationLeft(left);
        p.setIndentationRight(right);
        p.setSpacingAfter(120);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        XWPFRun x = p.createRun();
        x.setFontSize(2);
        x.setFontFamily(FONT);
    }

    private static XWPFParagraph para(XWPFDocument doc, ParagraphAlignment align, int firstLine, int after) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        if (firstLine > 0) {
            p.setFirstLineIndent(firstLine);
        }
        p.setSpacingAfter(after);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        return p;
    }

    private static void run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        XWPFRun x = p.createRun();
        x.setText(text);
        x.setBold(bold);
        x.setItalic(italic);
        x.setFontFamily(FONT);
        x.setFontSize(size);
    }

}

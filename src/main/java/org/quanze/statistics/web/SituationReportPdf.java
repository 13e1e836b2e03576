package org.quanze.statistics.web;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.quanze.statistics.Figure;
import org.quanze.statistics.Finding;
import org.quanze.statistics.IndicatorDefinition;
import org.quanze.statistics.Indicators;
import org.quanze.statistics.SituationAnalysis.Situation;
import org.quanze.statistics.StatisticsReport;
import org.springframework.context.MessageSource;

/**
 * 态势分析报告 as PDF: title, court and period, a generated paragraph on the main figures, the basic table with 同比,
 * the key indicators beside the province's value and the national benchmark, the monthly trend and the court ranking
 * as charts ({@link ReportCharts}), and the findings; every page headed with the issuing court and the date of issue
 * and numbered "第 x 页 共 y 页" (the document is laid out twice: the first pass counts the pages). Chinese text needs
 * an embedded CJK font: Noto Sans CJK of the Debian package fonts-noto-cjk (CI installs it).
 */
final class SituationReportPdf {

    /** The CJK font, the first face of Noto Sans CJK's collection (Simplified Chinese is face 2, "SC"). */
    static final String FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

    /** Dates of issue are the courts' dates. */
    static final java.time.ZoneId COURT_ZONE = java.time.ZoneId.of("Asia/Shanghai");

    private SituationReportPdf() {
    }

    /** Every page: the issuing court and the date of issue above a rule, "第 x 页 共 y 页" centred below the text. */
    private static final class HeaderFooter extends com.lowagie.text.pdf.PdfPageEventHelper {
        private final BaseFont font;
        private final Issue issue;
        private final Text text;
        private final int total;
        /** Pages ended so far: after the document is closed, its page count. */
        private int pages;

        HeaderFooter(BaseFont font, Issue issue, Text text, int total) {
            this.font = font;
            this.issue = issue;
            this.text = text;
            this.total = total;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            pages = writer.getPageNumber();
            com.lowagie.text.pdf.PdfContentByte cb = writer.getDirectContent();
            float top = document.getPageSize().getHeight() - 36;
            cb.saveState();
            cb.beginText();
            cb.setFontAndSize(font, 9);
            cb.showTextAligned(Element.ALIGN_LEFT, issue.court(), document.left(), top, 0);
            cb.showTextAligned(Element.ALIGN_RIGHT, text.of("stat.pdf.issued", issue.on()), document.right(), top, 0);
            String page = total > 0 ? text.of("stat.page.of", writer.getPageNumber(), total)
                    : text.of("stat.page.of", writer.getPageNumber(), "?");
            cb.showTextAligned(Element.ALIGN_CENTER, page, (document.left() + document.right()) / 2, 30, 0);
            cb.endText();
            cb.setLineWidth(0.5f);
            cb.moveTo(document.left(), top - 5);
            cb.lineTo(document.right(), top - 5);
            cb.stroke();
            cb.restoreState();
        }
    }

    /** What the report says besides the figures: who issues it and when. */
    record Issue(String court, java.time.LocalDate on) {
    }

    static byte[] write(Situation situation, StatisticsReport months, Issue issue, MessageSource messages, Locale locale) {
        Text text = new Text(messages, locale);
        int[] pages = new int[1];
        write(situation, months, issue, text, 0, pages);
        return write(situation, months, issue, text, pages[0], pages);
    }

    /** One layout of the report; {@code total} pages to print in the footers (0: not known yet), {@code pages[0]} set to the count. */
    private static byte[] write(Situation situation, StatisticsReport months, Issue issue, Text text, int totalPages, int[] pages) {
        StatisticsReport.Row total = situation.total();
        String court = situation.scope().court().name() + (situation.scope().subordinates()
                ? "（" + text.of("stat.subordinates") + "）" : "");
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document document = new Document(PageSize.A4, 48, 48, 56, 56);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            BaseFont base = font();
            HeaderFooter pageMarks = new HeaderFooter(base, issue, text, totalPages);
            writer.setPageEvent(pageMarks);
            document.addTitle(court + " " + text.of("stat.report.title"));
            document.addCreator("quanze");
            document.open();
            Font title = new Font(base, 18);
            Font heading = new Font(base, 13);
            Font body = new Font(base, 10.5f);
            Font small = new Font(base, 9);

            Paragraph head = new Paragraph(court + "\n" + text.of("stat.report.title"), title);
            head.setAlignment(Element.ALIGN_CENTER);
            document.add(head);
            Paragraph period = new Paragraph(text.of("stat.period", situation.scope().from(), situation.scope().to()), body);
            period.setAlignment(Element.ALIGN_CENTER);
            period.setSpacingAfter(12);
            document.add(period);

            document.add(section(text.of("stat.report.summary"), heading));
            Paragraph narrative = new Paragraph(narrative(situation, court, text), body);
            narrative.setFirstLineIndent(21);
            narrative.setLeading(18);
            document.add(narrative);

            document.add(section(text.of("stat.basic"), heading));
            PdfPTable basic = table(small, new float[] {3, 2, 2, 2}, text.of("stat.item"), text.of("stat.current"),
                    text.of("stat.previous"), text.of("stat.change"));
            boolean noPrevious = NoData.previous(total);
            for (IndicatorDefinition d : Indicators.CALIBER) {
                Figure f = total.figure(d.code());
                row(basic, small, d.chineseName(), f.display(d.unit()), noPrevious ? NoData.MARK : f.displayPrevious(d.unit()),
                        noPrevious ? NoData.MARK : f.displayChange());
            }
            document.add(basic);

            // 主要指标, then 审判流程公开 (the portal's events), as on the page
            for (var group : List.of(Map.entry("stat.key", Indicators.KEY_CASE_FACTS),
                    Map.entry("stat.processDisclosure", Indicators.PROCESS_DISCLOSURE))) {
                document.add(section(text.of(group.getKey()), heading));
                PdfPTable key = table(small, new float[] {4, 2, 2, 2.4f, 2, 2}, text.of("stat.indicator"), text.of("stat.current"),
                        text.of("stat.previous"), text.of("stat.change"), text.of("stat.province"), text.of("stat.benchmark"));
                for (IndicatorDefinition d : group.getValue()) {
                    Figure f = total.figure(d.code());
                    Figure p = situation.province().figure(d.code());
                    row(key, small, d.chineseName(), f.display(d.unit()), noPrevious ? NoData.MARK : f.displayPrevious(d.unit()),
                            noPrevious ? NoData.MARK : f.displayChange(),
                            p.display(d.unit()), Figure.display(d.unit(), situation.benchmarks().get(d.code())));
                }
                document.add(key);
            }

            ReportCharts charts = new ReportCharts(writer.getDirectContent(), base, text);
            document.add(section(text.of("stat.trend"), heading));
            document.add(charts.trend(MonthlyTrend.of(months)));
            document.add(new Paragraph(text.of("stat.trend.note"), small));
            if (!situation.ranking().isEmpty()) {
                document.add(section(text.of("stat.ranking") + " · " + text.of("indicator." + Indicators.CLOSURE_RATE.code()), heading));
                document.add(charts.ranking(situation.ranking(), Indicators.CLOSURE_RATE, situation.province()));
            }

            document.add(section(text.of("stat.findings"), heading));
            List<Finding> findings = situation.findings();
            if (findings.isEmpty()) document.add(new Paragraph(text.of("stat.findings.none"), body));
            for (int i = 0; i < findings.size(); i++) {
                document.add(new Paragraph((i + 1) + ". " + findings.get(i).message(), body));
            }
            document.close();
            pages[0] = pageMarks.pages;
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The report as a download, named 态势分析报告-court-from-to.pdf, issued by {@code issuer} (the court of the person
     * who asks for it) today in the courts' zone.
     */
    static org.springframework.http.ResponseEntity<byte[]> download(Situation situation, StatisticsReport months,
            String issuer, MessageSource messages, java.time.Clock clock) {
        Issue issue = new Issue(issuer, java.time.LocalDate.ofInstant(clock.instant(), COURT_ZONE));
        byte[] bytes = write(situation, months, issue, messages, Locale.SIMPLIFIED_CHINESE);
        String name = "态势分析报告-" + situation.scope().court().code() + "-" + situation.scope().from() + "-"
                + situation.scope().to() + ".pdf";
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
                        .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }

    /** 本期新收案件X件，同比…: the main figures in one paragraph, with the province's closure rate beside the court's. */
    static String narrative(Situation situation, String court, Text text) {
        StatisticsReport.Row t = situation.total();
        Figure filed = t.figure(Indicators.NEWLY_FILED.code());
        Figure closed = t.figure(Indicators.CLOSED.code());
        Figure rate = t.figure(Indicators.CLOSURE_RATE.code());
        Figure pending = t.figure(Indicators.PENDING.code());
        Figure deadline = t.figure(Indicators.CLOSED_WITHIN_DEADLINE_RATE.code());
        Figure provinceRate = situation.province().figure(Indicators.CLOSURE_RATE.code());
        String s = text.of("stat.narrative", court, filed.display(Indicators.NEWLY_FILED.unit()), filed.displayChange(),
                closed.display(Indicators.CLOSED.unit()), closed.displayChange(), rate.display(Indicators.CLOSURE_RATE.unit()),
                rate.displayChange(), pending.display(Indicators.PENDING.unit()),
                deadline.display(Indicators.CLOSED_WITHIN_DEADLINE_RATE.unit()));
        s += text.of("stat.narrative.province", provinceRate.display(Indicators.CLOSURE_RATE.unit()));
        Double benchmark = situation.benchmarks().get(Indicators.CLOSURE_RATE.code());
        if (benchmark != null) {
            s += text.of("stat.narrative.benchmark", Figure.display(Indicators.CLOSURE_RATE.unit(), benchmark));
        }
        return s + text.of("stat.narrative.findings", situation.findings().size());
    }

    private static BaseFont font() throws IOException {
        if (!Files.isReadable(Path.of(FONT))) {
            throw new IllegalStateException("PDF 报告需要中文字体 " + FONT + "（Debian 软件包 fonts-noto-cjk）");
        }
        return BaseFont.createFont(FONT + ",2", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    }

    private static Paragraph section(String title, Font font) {
        Paragraph p = new Paragraph(title, font);
        p.setSpacingBefore(14);
        p.setSpacingAfter(6);
        return p;
    }

    private static PdfPTable table(Font font, float[] widths, String... head) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : head) {
            PdfPCell cell = new PdfPCell(new Phrase(h, font));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setGrayFill(0.9f);
            table.addCell(cell);
        }
        return table;
    }

    private static void row(PdfPTable table, Font font, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            PdfPCell cell = new PdfPCell(new Phrase(new Chunk(cells[i], font)));
            cell.setHorizontalAlignment(i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            table.addCell(cell);
        }
    }

    /** Messages of the i18n files in the report's locale. */
    record Text(MessageSource messages, Locale locale) {
        String of(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }
    }
}

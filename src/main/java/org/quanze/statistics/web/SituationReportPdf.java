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
 * the key indicators beside the province's value and the national benchmark, and the findings. Chinese text needs an
 * embedded CJK font: Noto Sans CJK of the Debian package fonts-noto-cjk (CI installs it).
 */
final class SituationReportPdf {

    /** The CJK font, the first face of Noto Sans CJK's collection (Simplified Chinese is face 2, "SC"). */
    static final String FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

    private SituationReportPdf() {
    }

    static byte[] write(Situation situation, MessageSource messages, Locale locale) {
        Text text = new Text(messages, locale);
        StatisticsReport.Row total = situation.total();
        String court = situation.scope().court().name() + (situation.scope().subordinates()
                ? "（" + text.of("stat.subordinates") + "）" : "");
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document document = new Document(PageSize.A4, 48, 48, 56, 56);
            PdfWriter.getInstance(document, out);
            document.addTitle(court + " " + text.of("stat.report.title"));
            document.addCreator("quanze");
            document.open();
            BaseFont base = font();
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
            for (IndicatorDefinition d : Indicators.CALIBER) {
                Figure f = total.figure(d.code());
                row(basic, small, d.chineseName(), f.display(d.unit()), f.displayPrevious(d.unit()), f.displayChange());
            }
            document.add(basic);

            document.add(section(text.of("stat.key"), heading));
            PdfPTable key = table(small, new float[] {4, 2, 2, 2.4f, 2, 2}, text.of("stat.indicator"), text.of("stat.current"),
                    text.of("stat.previous"), text.of("stat.change"), text.of("stat.province"), text.of("stat.benchmark"));
            for (IndicatorDefinition d : Indicators.KEY) {
                Figure f = total.figure(d.code());
                Figure p = situation.province().figure(d.code());
                row(key, small, d.chineseName(), f.display(d.unit()), f.displayPrevious(d.unit()), f.displayChange(),
                        p.display(d.unit()), Figure.display(d.unit(), situation.benchmarks().get(d.code())));
            }
            document.add(key);

            document.add(section(text.of("stat.findings"), heading));
            List<Finding> findings = situation.findings();
            if (findings.isEmpty()) document.add(new Paragraph(text.of("stat.findings.none"), body));
            for (int i = 0; i < findings.size(); i++) {
                document.add(new Paragraph((i + 1) + ". " + findings.get(i).message(), body));
            }
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The report as a download, named 态势分析报告-court-from-to.pdf. */
    static org.springframework.http.ResponseEntity<byte[]> download(Situation situation, MessageSource messages) {
        byte[] bytes = write(situation, messages, Locale.SIMPLIFIED_CHINESE);
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

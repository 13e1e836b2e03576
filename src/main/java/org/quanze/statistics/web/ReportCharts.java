package org.quanze.statistics.web;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.quanze.statistics.Figure;
import org.quanze.statistics.IndicatorDefinition;
import org.quanze.statistics.StatisticsReport;
import org.quanze.statistics.Unit;

/**
 * The report's two charts, drawn as vectors with OpenPDF (no chart library; the text in the embedded CJK font): the
 * monthly trend — bars of cases filed and closed on the left axis, the cumulative closure rate as a line on the right
 * axis in percent — and the court ranking as horizontal bars, best first, the top and the bottom ten when there are
 * more than twenty courts, with the province's value as a dashed line.
 */
final class ReportCharts {

    static final float WIDTH = 499; // A4 less the report's margins
    private static final Color FILED = new Color(0x54, 0x70, 0xc6);
    private static final Color CLOSED = new Color(0x91, 0xcc, 0x75);
    private static final Color RATE = new Color(0xee, 0x66, 0x66);
    private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
    private static final int SHOWN = 10;

    private final PdfContentByte content;
    private final BaseFont font;
    private final SituationReportPdf.Text text;

    ReportCharts(PdfContentByte content, BaseFont font, SituationReportPdf.Text text) {
        this.content = content;
        this.font = font;
        this.text = text;
    }

    /** Bars of 新收 and 审结 per month (cases, left axis), the 累计结案率 line (percent, right axis). */
    Image trend(MonthlyTrend trend) {
        float height = 230;
        PdfTemplate t = content.createTemplate(WIDTH, height);
        float left = 44, right = WIDTH - 44, bottom = 40, top = height - 30;
        long max = 1;
        for (int i = 0; i < trend.months().size(); i++) max = Math.max(max, Math.max(trend.filed().get(i), trend.closed().get(i)));
        double scale = niceCeiling(max);
        // grid and both axes' labels
        for (int g = 0; g <= 4; g++) {
            float y = bottom + (top - bottom) * g / 4;
            line(t, left, y, right, y, GRID, 0.5f);
            text(t, format(scale * g / 4), left - 4, y - 3, Element.ALIGN_RIGHT, 7, Color.DARK_GRAY);
            text(t, (25 * g) + "%", right + 4, y - 3, Element.ALIGN_LEFT, 7, Color.DARK_GRAY);
        }
        text(t, text.of("stat.axis.cases"), left - 4, top + 10, Element.ALIGN_CENTER, 7, Color.DARK_GRAY);
        text(t, text.of("stat.axis.rate"), right, top + 10, Element.ALIGN_CENTER, 7, Color.DARK_GRAY);
        int n = Math.max(1, trend.months().size());
        float slot = (right - left) / n;
        float bar = Math.min(14, slot * 0.35f);
        List<float[]> points = new ArrayList<>();
        for (int i = 0; i < trend.months().size(); i++) {
            float x = left + slot * i + slot / 2;
            rect(t, x - bar, bottom, bar, (float) ((top - bottom) * trend.filed().get(i) / scale), FILED);
            rect(t, x, bottom, bar, (float) ((top - bottom) * trend.closed().get(i) / scale), CLOSED);
            String month = trend.months().get(i);
            text(t, month.length() > 5 ? month.substring(5) : month, x, bottom - 10, Element.ALIGN_CENTER, 7, Color.DARK_GRAY);
            Double rate = trend.cumulative().get(i);
            if (rate != null) points.add(new float[] {x, (float) (bottom + (top - bottom) * Math.min(1, rate)), (float) (rate * 100)});
        }
        text(t, text.of("stat.axis.month"), (left + right) / 2, bottom - 22, Element.ALIGN_CENTER, 7, Color.DARK_GRAY);
        for (int i = 1; i < points.size(); i++) {
            line(t, points.get(i - 1)[0], points.get(i - 1)[1], points.get(i)[0], points.get(i)[1], RATE, 1.2f);
        }
        for (float[] p : points) {
            t.setColorFill(RATE);
            t.circle(p[0], p[1], 1.8f);
            t.fill();
            text(t, String.format("%.1f%%", p[2]), p[0], p[1] + 4, Element.ALIGN_CENTER, 6, RATE);
        }
        legend(t, height - 12, new String[] {text.of("indicator.NEWLY_FILED"), text.of("indicator.CLOSED"),
                text.of("stat.trend.cumulative")}, new Color[] {FILED, CLOSED, RATE});
        return image(t);
    }

    /** The courts ranked by an indicator, best first, as horizontal bars; the top and bottom ten of a long list. */
    Image ranking(List<StatisticsReport.Row> ranking, IndicatorDefinition by, StatisticsReport.Row province) {
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < ranking.size(); i++) {
            if (ranking.size() <= 2 * SHOWN || i < SHOWN || i >= ranking.size() - SHOWN) shown.add(i);
        }
        boolean gap = shown.size() < ranking.size();
        float row = 13;
        float height = 40 + row * (shown.size() + (gap ? 1 : 0));
        PdfTemplate t = content.createTemplate(WIDTH, height);
        float left = 170, right = WIDTH - 50, top = height - 10, bottom = 22;
        double max = 0;
        for (StatisticsReport.Row r : ranking) max = Math.max(max, value(r, by));
        double scale = by.unit() == Unit.RATE ? 1 : niceCeiling(max);
        for (int g = 0; g <= 4; g++) {
            float x = left + (right - left) * g / 4;
            line(t, x, bottom, x, top, GRID, 0.5f);
            text(t, by.unit() == Unit.RATE ? (25 * g) + "%" : format(scale * g / 4), x, bottom - 10, Element.ALIGN_CENTER, 7,
                    Color.DARK_GRAY);
        }
        float y = top - row;
        for (int k = 0; k < shown.size(); k++) {
            int i = shown.get(k);
            if (gap && k > 0 && shown.get(k - 1) != i - 1) {
                text(t, "⋯", left - 6, y + 2, Element.ALIGN_RIGHT, 8, Color.DARK_GRAY);
                y -= row;
            }
            StatisticsReport.Row r = ranking.get(i);
            text(t, (i + 1) + ". " + r.label(), left - 6, y + 2, Element.ALIGN_RIGHT, 7, Color.BLACK);
            Figure f = r.figure(by.code());
            if (f != null && f.value() != null) {
                float w = (float) ((right - left) * Math.min(1, f.value() / scale));
                rect(t, left, y, w, row - 4, FILED);
                text(t, f.display(by.unit()), left + w + 3, y + 2, Element.ALIGN_LEFT, 7, Color.DARK_GRAY);
            } else {
                text(t, NoData.MARK, left + 3, y + 2, Element.ALIGN_LEFT, 7, Color.DARK_GRAY);
            }
            y -= row;
        }
        Figure p = province == null ? null : province.figure(by.code());
        if (p != null && p.value() != null) {
            float x = left + (float) ((right - left) * Math.min(1, p.value() / scale));
            t.setLineDash(3, 2);
            line(t, x, bottom, x, top, RATE, 0.8f);
            t.setLineDash(0);
            text(t, text.of("stat.province") + " " + p.display(by.unit()), x, bottom - 20, Element.ALIGN_CENTER, 7, RATE);
        }
        return image(t);
    }

    private static double value(StatisticsReport.Row r, IndicatorDefinition by) {
        Figure f = r.figure(by.code());
        return f == null || f.value() == null ? 0 : f.value();
    }

    private void legend(PdfTemplate t, float y, String[] names, Color[] colors) {
        float x = 60;
        for (int i = 0; i < names.length; i++) {
            rect(t, x, y - 1, 10, 7, colors[i]);
            text(t, names[i], x + 13, y, Element.ALIGN_LEFT, 8, Color.BLACK);
            x += 24 + font.getWidthPoint(names[i], 8);
        }
    }

    private void text(PdfTemplate t, String s, float x, float y, int align, float size, Color color) {
        t.beginText();
        t.setFontAndSize(font, size);
        t.setColorFill(color);
        t.showTextAligned(align, s, x, y, 0);
        t.endText();
    }

    private static void line(PdfTemplate t, float x1, float y1, float x2, float y2, Color color, float width) {
        t.setColorStroke(color);
        t.setLineWidth(width);
        t.moveTo(x1, y1);
        t.lineTo(x2, y2);
        t.stroke();
    }

    private static void rect(PdfTemplate t, float x, float y, float w, float h, Color color) {
        if (h <= 0 || w <= 0) return;
        t.setColorFill(color);
        t.rectangle(x, y, w, h);
        t.fill();
    }

    /** The axis maximum: the smallest 1, 2 or 5 × 10ⁿ at or above the largest value. */
    static double niceCeiling(double max) {
        if (max <= 0) return 1;
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * magnitude >= max) return step * magnitude;
        }
        return 10 * magnitude;
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format("%.1f", v);
    }

    private static Image image(PdfTemplate t) {
        try {
            Image image = Image.getInstance(t);
            image.setAlignment(Element.ALIGN_CENTER);
            return image;
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
    }
}

package uk.frontdoor.staff.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn on the server as SVG (views/staff/reports/chart.html): its title and a description that
 * says the figures in words, a bar per figure, each bar filled with a pattern as well as a colour so that neither is
 * needed to tell them apart, and the figure written beside it. The table beside the chart holds the same figures.
 */
record BarChart(String id, String title, String description, List<Bar> bars, int height) {
    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 230;
    static final int BAR_AREA = 330;
    static final int ROW = 30;
    static final int PATTERNS = 4;

    /** One bar: its label, the figure as written, its geometry, and which of the patterns fills it. */
    record Bar(String label, String figure, int y, int width, int pattern) {
        public int textY() {
            return y + 16;
        }

        public int figureX() {
            return LABEL_WIDTH + width + 6;
        }
    }

    /** A figure to draw: its label, its value and how it is written. */
    record Figure(String label, double value, String written) {
    }

    static BarChart of(String id, String title, String description, List<Figure> figures) {
        double max = figures.stream().mapToDouble(Figure::value).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            int width = max <= 0 ? 0 : (int) Math.round(BAR_AREA * f.value() / max);
            bars.add(new Bar(f.label(), f.written(), 10 + i * ROW, Math.max(width, f.value() > 0 ? 2 : 0), i % PATTERNS));
        }
        return new BarChart(id, title, description, bars, 20 + figures.size() * ROW);
    }

    public int width() {
        return WIDTH;
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }
}

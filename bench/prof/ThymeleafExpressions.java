import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import java.util.*;

/**
 * How much of a queue row's rendering is OGNL's method calls (issue 17): the same 50-row table rendered by Thymeleaf
 * three ways, in CPU microseconds per table on this thread: record accessors called as methods ({@code row.title()},
 * what our templates write), JavaBean getters read as properties ({@code row.title}, which Thymeleaf's OGNL shortcut
 * reads through a cached {@code Method}), and record accessors read as properties (full OGNL, no shortcut).
 * Run: {@code ./mvnw -q dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=runtime} then
 * {@code java -Dlogback.configurationFile=bench/prof/quiet-logback.xml -cp "$(cat /tmp/cp.txt)" bench/prof/ThymeleafExpressions.java}
 */
public class ThymeleafExpressions {
    public record Tag(String text, String colour) { public String classes() { return "govuk-tag govuk-tag--" + colour; } }
    public record Row(long id, String reference, String title, String received, Tag status) {
        public String href() { return "/staff/items/" + id; }
    }
    public static final class Bean {
        private final Row r; Bean(Row r) { this.r = r; }
        public String getReference() { return r.reference(); } public String getTitle() { return r.title(); }
        public String getReceived() { return r.received(); } public String getHref() { return r.href(); }
        public Tag getStatus() { return r.status(); }
        public String getStatusText() { return r.status().text(); } public String getStatusClasses() { return r.status().classes(); }
    }
    public static void main(String[] a) {
        TemplateEngine e = new TemplateEngine();
        e.setTemplateResolver(new StringTemplateResolver());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) rows.add(new Row(i, "ENQ-" + i, "Title " + i, "1 June 2025", new Tag("New", "blue")));
        List<Bean> beans = rows.stream().map(Bean::new).toList();
        String methods = "<table><tr th:each=\"row : ${rows}\"><td><a th:href=\"${row.href()}\" th:text=\"${row.reference()}\">x</a></td><td th:text=\"${row.title()}\">t</td><td th:text=\"${row.received()}\">r</td><td><strong th:class=\"${row.status().classes()}\" th:text=\"${row.status().text()}\">s</strong></td></tr></table>";
        String props = "<table><tr th:each=\"row : ${rows}\"><td><a th:href=\"${row.href}\" th:text=\"${row.reference}\">x</a></td><td th:text=\"${row.title}\">t</td><td th:text=\"${row.received}\">r</td><td><strong th:class=\"${row.statusClasses}\" th:text=\"${row.statusText}\">s</strong></td></tr></table>";
        String recprops = "<table><tr th:each=\"row : ${rows}\"><td><a th:href=\"${row.href}\" th:text=\"${row.reference}\">x</a></td><td th:text=\"${row.title}\">t</td><td th:text=\"${row.received}\">r</td><td><strong th:class=\"${row.status.classes}\" th:text=\"${row.status.text}\">s</strong></td></tr></table>";
        Context c1 = new Context(); c1.setVariable("rows", rows);
        Context c2 = new Context(); c2.setVariable("rows", beans);
        try { System.out.println("record props: " + e.process(recprops, c1).substring(0, 120)); } catch (Exception x) { System.out.println("record props fail: " + x); }
        for (int round = 0; round < 5; round++) {
            System.out.printf("methods %.1f us/page, beans %.1f us/page%n", time(e, methods, c1), time(e, props, c2));
            try { System.out.printf("  record-props %.1f us/page%n", time(e, recprops, c1)); } catch (Exception x) {}
        }
    }
    static double time(TemplateEngine e, String t, Context c) {
        for (int i = 0; i < 3000; i++) e.process(t, c);
        var mx = java.lang.management.ManagementFactory.getThreadMXBean(); long s = mx.getCurrentThreadCpuTime(); int n = 5000;
        for (int i = 0; i < n; i++) e.process(t, c);
        return (mx.getCurrentThreadCpuTime() - s) / 1000.0 / n;
    }
}

package engines;

import gg.jte.ContentType;
import gg.jte.output.StringOutput;
import gg.jte.resolve.DirectoryCodeResolver;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.messageresolver.AbstractMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * The staff queue page (25 rows) rendered by Thymeleaf from the portal's own templates, and by jte from a port of the
 * same templates in bench/prof/engines/jte, with the same model and message bundles: CPU microseconds per page on
 * this thread (issue 17: "measure another engine beside Thymeleaf on the same page"). Both pages are written to
 * target/engines/ to compare. Run with bench/prof/queue-page-engines.sh.
 */
public final class QueuePageEngines {
    public static void main(String[] args) throws Exception {
        Model.Messages messages = new Model.Messages("src/main/resources/i18n");
        Map<String, Object> model = Model.queuePage(messages);

        TemplateEngine thymeleaf = new TemplateEngine();
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix("src/main/resources/views/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        thymeleaf.setTemplateResolver(resolver);
        thymeleaf.setMessageResolver(new AbstractMessageResolver() {
            @Override
            public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] values) {
                return messages.orNull(key, values == null ? new Object[0] : values);
            }

            @Override
            public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                            Object[] values) {
                return "??" + key + "??";
            }
        });
        thymeleaf.setLinkBuilder(new StandardLinkBuilder() {
            @Override
            protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
                return "";
            }
        });
        Context context = new Context(java.util.Locale.UK, model);

        Path classes = Path.of("target/engines/jte-classes");
        gg.jte.TemplateEngine jte = gg.jte.TemplateEngine.create(
                new DirectoryCodeResolver(Path.of("bench/prof/engines/jte")), classes, ContentType.Html);
        Map<String, Object> params = new HashMap<>(model);
        params.put("m", messages);

        String fromThymeleaf = thymeleaf(thymeleaf, context);
        String fromJte = jte(jte, params);
        Files.createDirectories(Path.of("target/engines"));
        Files.writeString(Path.of("target/engines/queue-thymeleaf.html"), fromThymeleaf);
        Files.writeString(Path.of("target/engines/queue-jte.html"), fromJte);
        System.out.printf("page: Thymeleaf %,d chars, jte %,d chars%n", fromThymeleaf.length(), fromJte.length());

        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int warm = Integer.getInteger("warm", 3_000);
        int n = Integer.getInteger("pages", 5_000);
        for (int round = 1; round <= 5; round++) {
            for (int i = 0; i < warm; i++) {
                thymeleaf(thymeleaf, context);
                jte(jte, params);
            }
            long start = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                thymeleaf(thymeleaf, context);
            }
            double t = (mx.getCurrentThreadCpuTime() - start) / 1000.0 / n;
            start = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                jte(jte, params);
            }
            double j = (mx.getCurrentThreadCpuTime() - start) / 1000.0 / n;
            System.out.printf("round %d: Thymeleaf %.1f us/page, jte %.1f us/page (%.1fx)%n", round, t, j, t / j);
        }
    }

    private static String thymeleaf(TemplateEngine engine, Context context) {
        StringWriter page = new StringWriter(16 * 1024);
        engine.process("staff/queue/queue", context, page);
        return page.toString();
    }

    private static String jte(gg.jte.TemplateEngine engine, Map<String, Object> params) {
        StringOutput page = new StringOutput(16 * 1024);
        engine.render("staff/queue.jte", params, page);
        return page.toString();
    }

    private QueuePageEngines() {
    }
}

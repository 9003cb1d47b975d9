package uk.frontdoor.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Every line the portal logs while this is open, as production writes it: each event is encoded by the JSON encoder
 * of {@code src/main/resources/logback.xml} itself, and the loggers the tests quieten log at production's levels.
 */
public final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {
    /** The test's own mail server (GreenMail) and identity provider stay quiet: they are not the portal. */
    private static final List<String> QUIETENED_IN_TESTS = List.of("io.micronaut", "com.github.kagkarlsson");
    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Encoder<ILoggingEvent> production = productionEncoder();
    private final List<String> lines = new ArrayList<>();
    private final Map<String, Level> levelsBefore = new HashMap<>();

    private LogCapture() {
    }

    public static LogCapture open() {
        LogCapture capture = new LogCapture();
        capture.setContext(capture.context);
        capture.setName("log-capture");
        capture.start();
        for (String name : QUIETENED_IN_TESTS) {
            Logger logger = capture.context.getLogger(name);
            capture.levelsBefore.put(name, logger.getLevel());
            logger.setLevel(name.equals("com.github.kagkarlsson") ? Level.WARN : Level.INFO);
        }
        capture.context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(capture);
        return capture;
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        try {
            lines.add(new String(production.encode(event), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            lines.add("not encoded: " + e + " for " + event.getFormattedMessage() + "\n");
        }
    }

    /** The lines so far, each ending with its newline. */
    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(this);
        levelsBefore.forEach((name, level) -> context.getLogger(name).setLevel(level));
        stop();
    }

    /** The encoder production's logback.xml gives its JSON appender, from a context of its own. */
    @SuppressWarnings("unchecked")
    static Encoder<ILoggingEvent> productionEncoder() {
        LoggerContext own = new LoggerContext();
        own.putProperty("LOG_FORMAT", "json"); // context properties win over the environment: whatever a developer set
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(own);
        try {
            configurator.doConfigure(LogCapture.class.getResource("/logback.xml"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        var appender = own.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("json");
        return ((OutputStreamAppender<ILoggingEvent>) appender).getEncoder();
    }
}

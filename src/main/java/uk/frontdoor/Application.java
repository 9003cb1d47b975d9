package uk.frontdoor;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import java.util.Arrays;
import java.util.Map;
import uk.frontdoor.core.audit.AuditChainCommand;

public class Application {
    /** Verifies the audit chain and exits (0: it holds; 1: broken), without serving or running jobs (ADR 36). */
    static final String VERIFY_AUDIT_CHAIN = "--verify-audit-chain";

    public static void main(String[] args) {
        if (Arrays.asList(args).contains(VERIFY_AUDIT_CHAIN)) {
            boolean holds;
            try (ApplicationContext context = ApplicationContext.builder()
                    .properties(Map.of("frontdoor.jobs.enabled", "false")).start()) {
                holds = context.getBean(AuditChainCommand.class).run(System.out);
            }
            System.exit(holds ? 0 : 1);
        }
        Micronaut.run(Application.class, args);
    }
}

package uk.frontdoor.core.audit;

import jakarta.inject.Singleton;
import java.io.PrintStream;

/**
 * The chain's verification from the command line, for whoever runs the servers (ADR 36):
 * {@code java -jar frontdoor-all.jar --verify-audit-chain} (see {@code uk.frontdoor.Application}). Prints progress and
 * the outcome, writes a system audit row, and answers whether the chain holds (the exit status says so too).
 */
@Singleton
public class AuditChainCommand {
    private final AuditChain chain;
    private final AuditLog audit;

    public AuditChainCommand(AuditChain chain, AuditLog audit) {
        this.chain = chain;
        this.audit = audit;
    }

    public boolean run(PrintStream out) {
        long[] reported = {0};
        AuditChain.Verification v = chain.verify(checked -> {
            if (checked - reported[0] >= 100_000) {
                out.println(checked + " sealed entries checked so far");
                reported[0] = checked;
            }
        });
        String outcome = v.holds()
                ? "holds, " + v.checked() + " sealed entries"
                : v.broken().get() + " at entry " + v.auditId().get();
        audit.system("VERIFY_AUDIT_CHAIN", Subject.AUDIT_LOG, null, outcome);
        out.println(v.holds()
                ? "The audit chain holds: " + v.checked() + " sealed entries are as they were written."
                : "The audit chain is broken at entry " + v.auditId().get() + " (" + v.broken().get() + "); the "
                        + v.checked() + " sealed entries before it are as they were written.");
        return v.holds();
    }
}

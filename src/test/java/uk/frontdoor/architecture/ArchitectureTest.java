package uk.frontdoor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.platform.db.Sql;

/**
 * The layers, held by a test rather than by memory (docs/architecture.md draws them). Each rule says why when it
 * fails. {@code core} owns the domain and decides every rule; {@code publicsite}, {@code applicant} and
 * {@code staff} are web layers for one audience each; {@code web} is their shared plumbing; {@code platform} is
 * infrastructure.
 */
@AnalyzeClasses(packages = "uk.frontdoor", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule publicPagesStandAlone = noClasses().that().resideInAPackage("uk.frontdoor.publicsite..")
            .should().dependOnClassesThat().resideInAnyPackage("uk.frontdoor.applicant..", "uk.frontdoor.staff..")
            .because("the web layers never call each other: what two of them share belongs in core (a rule) or web"
                    + " (plumbing)");

    @ArchTest
    static final ArchRule applicantPagesStandAlone = noClasses().that().resideInAPackage("uk.frontdoor.applicant..")
            .should().dependOnClassesThat().resideInAnyPackage("uk.frontdoor.publicsite..", "uk.frontdoor.staff..")
            .because("the web layers never call each other: what two of them share belongs in core (a rule) or web"
                    + " (plumbing)");

    @ArchTest
    static final ArchRule staffPagesStandAlone = noClasses().that().resideInAPackage("uk.frontdoor.staff..")
            .should().dependOnClassesThat().resideInAnyPackage("uk.frontdoor.publicsite..", "uk.frontdoor.applicant..")
            .because("the web layers never call each other: what two of them share belongs in core (a rule) or web"
                    + " (plumbing)");

    @ArchTest
    static final ArchRule coreKnowsNoWeb = noClasses().that().resideInAPackage("uk.frontdoor.core..")
            .should().dependOnClassesThat().resideInAnyPackage("uk.frontdoor.publicsite..", "uk.frontdoor.applicant..",
                    "uk.frontdoor.staff..", "uk.frontdoor.web..", "io.micronaut.http..", "io.micronaut.views..",
                    "io.netty..", "org.thymeleaf..")
            .because("core decides every rule for every audience and must be usable (and testable) without HTTP:"
                    + " it takes typed values and answers a result; a web layer maps that to a page");

    @ArchTest
    static final ArchRule platformKnowsNoDomain = noClasses().that().resideInAPackage("uk.frontdoor.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("uk.frontdoor.core..", "uk.frontdoor.publicsite..",
                    "uk.frontdoor.applicant..", "uk.frontdoor.staff..")
            .because("platform is infrastructure (database, mail, jobs, time) that the domain uses, not the other"
                    + " way round");

    @ArchTest
    static final ArchRule webLayersDoNotQueryTheDatabase = noClasses().that().resideInAnyPackage(
                    "uk.frontdoor.publicsite..", "uk.frontdoor.applicant..", "uk.frontdoor.staff..")
            .should().dependOnClassesThat().areAssignableTo(Sql.class)
            .because("controllers bind, call core and show: a query in a controller is a rule (who may see what)"
                    + " that core cannot see or audit");

    @ArchTest
    static final ArchRule onlyCoreWritesTheAuditLog = noClasses().that().resideOutsideOfPackage("uk.frontdoor.core..")
            .should().dependOnClassesThat().areAssignableTo(AuditLog.class)
            .because("core writes each audit row in the same transaction as the read or change it records; an"
                    + " audit call in a web layer is skipped by the page that forgets it and doubled by the page"
                    + " shown again");

    private static final Pattern WRITES_AUDIT = Pattern.compile(
            "(?i)(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|REPLACE\\s+INTO)\\s+`?audit_event\\b");

    @Test
    void nothing_outside_core_audit_writes_the_audit_table() throws IOException {
        Path audit = Path.of("src/main/java/uk/frontdoor/core/audit");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> writers = files.filter(f -> f.toString().endsWith(".java")).filter(f -> !f.startsWith(audit))
                    .filter(f -> WRITES_AUDIT.matcher(read(f)).find()).map(Path::toString).sorted().toList();
            assertEquals(List.of(), writers, "only core.audit.AuditLog writes audit_event: one place decides what an"
                    + " audit row holds, and the table refuses updates and deletes");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

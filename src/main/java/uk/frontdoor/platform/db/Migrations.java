package uk.frontdoor.platform.db;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.naming.NameResolver;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import uk.frontdoor.platform.lifecycle.Readiness;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs Flyway's migrations as the schema's owner, before the portal's own connection pool is handed to anyone
 * (ADR 40): when the default datasource is created, a single connection as the owner ({@code DB_OWNER_USER})
 * migrates and gives the portal's account ({@code DB_USER}) its rights ({@link AppGrants}), and is closed. With no
 * owner configured the portal migrates nothing and refuses to start while a migration is waiting. Either way it then
 * refuses to start if its own account could alter the audit log ({@link AppAccountCheck}).
 */
@Singleton
public class Migrations implements BeanCreatedEventListener<DataSource> {
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    static final String LOCATION = "classpath:db/migration";

    private final String url;
    private final String appUser;
    private final String appHost;
    private final String ownerUser;
    private final String ownerPassword;
    private final DataSourceResolver resolver;

    private static final java.time.Duration FIRST_CONNECTION_PATIENCE = java.time.Duration.ofSeconds(60);
    private Readiness readiness;

    public Migrations(@Property(name = "datasources.default.url") String url,
                      @Property(name = "datasources.default.username") String appUser,
                      @Property(name = "frontdoor.db.app-host", defaultValue = "%") String appHost,
                      @Property(name = "frontdoor.db.owner.username", defaultValue = "") String ownerUser,
                      @Property(name = "frontdoor.db.owner.password", defaultValue = "") String ownerPassword,
                      DataSourceResolver resolver) {
        this.url = url;
        this.appUser = appUser;
        this.appHost = appHost;
        this.ownerUser = ownerUser;
        this.ownerPassword = ownerPassword;
        this.resolver = resolver;
    }

    /** Told when the schema is migrated and checked (readiness, for load balancers). */
    @jakarta.inject.Inject
    void readiness(Readiness readiness) {
        this.readiness = readiness;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        String name = event.getBeanDefinition() instanceof NameResolver named ? named.resolveName().orElse("default")
                : "default";
        if (name.equals("default")) {
            prepare(resolver.resolve(event.getBean()));
            if (readiness != null) {
                readiness.migrationsDone();
            }
        }
        return event.getBean();
    }

    /** Migrates (as the owner, if one is configured), then refuses if {@code portal} could alter the audit log. */
    public void prepare(DataSource portal) {
        long started = System.nanoTime();
        migrate(portal);
        long checking = System.nanoTime();
        refuseIfItCouldAlterTheAuditLog(portal);
        LOG.info("Database ready in {} ms; the portal's account {} was refused UPDATE and DELETE on the audit tables,"
                + " as it must be (the driver's 'command denied' warnings just above; checked in {} ms)",
                (System.nanoTime() - started) / 1_000_000, appUser, (System.nanoTime() - checking) / 1_000_000);
    }

    private void migrate(DataSource portal) {
        if (ownerUser.isBlank()) {
            int waiting = flyway().dataSource(portal).load().info().pending().length;
            if (waiting > 0) {
                throw new IllegalStateException(waiting + " database migrations are waiting and no owner account is"
                        + " configured to run them: set DB_OWNER_USER and DB_OWNER_PASSWORD, or run them as the"
                        + " owner before starting the portal (docs/deployment.md)");
            }
            LOG.info("No owner account configured: the schema is up to date, nothing migrated");
            return;
        }
        String account = AppGrants.account(appUser, appHost);
        MigrateResult result = flyway().dataSource(url, ownerUser, ownerPassword)
                .callbacks(new AppGrants(account)).load().migrate();
        LOG.info("Migrated as {}: {} migrations applied, schema at version {}; rights given to {}", ownerUser,
                result.migrationsExecuted, result.targetSchemaVersion == null ? result.initialSchemaVersion
                        : result.targetSchemaVersion, account);
    }

    private void refuseIfItCouldAlterTheAuditLog(DataSource portal) {
        List<String> rights = null;
        // On a first start the pool's first connections were refused (no rights yet) and Hikari backs off before it
        // tries again: give it time rather than fail (seen by .ci/load-balanced on a fresh database)
        long deadline = System.nanoTime() + FIRST_CONNECTION_PATIENCE.toNanos();
        while (rights == null) {
            try {
                rights = AppAccountCheck.whatItMayAlter(portal);
            } catch (java.sql.SQLTransientConnectionException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not check the rights of the portal's database account "
                            + appUser, e);
                }
                LOG.info("The portal's account cannot connect yet (its rights are new); trying again");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not check the rights of the portal's database account " + appUser,
                        e);
            }
        }
        if (!rights.isEmpty()) {
            throw new IllegalStateException("The portal's database account " + appUser + " may alter the audit log "
                    + rights + ". It must only read and add to it: give the portal an account of its own (DB_USER)"
                    + " and run the migrations as the owner (DB_OWNER_USER); see docs/deployment.md");
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        // a database still starting is waited for, about a minute in all (1, 2, 4, then 4 s apart)
        return Flyway.configure(Migrations.class.getClassLoader()).locations(LOCATION).connectRetries(15)
                .connectRetriesInterval(4);
    }
}

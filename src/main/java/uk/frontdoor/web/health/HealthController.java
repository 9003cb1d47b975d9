package uk.frontdoor.web.health;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import java.sql.Connection;
import javax.sql.DataSource;
import uk.frontdoor.platform.lifecycle.Readiness;
import uk.frontdoor.web.access.Public;

/**
 * For load balancers and orchestrators. {@code /health/live}: the process answers (restart it if not).
 * {@code /health/ready}: send it people (200) or not (503): the database answers, the migrations are done and checked,
 * and the node is not shutting down. {@code /health} is readiness under its old name.
 */
@Controller("/health")
@Public
public class HealthController {
    private final DataSource dataSource;
    private final Readiness readiness;

    public HealthController(DataSource dataSource, Readiness readiness) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.readiness = readiness;
    }

    @Get("/live")
    @Produces(MediaType.APPLICATION_JSON)
    public HttpResponse<String> live() {
        return HttpResponse.ok("{\"status\":\"UP\"}");
    }

    @Get
    @Produces(MediaType.APPLICATION_JSON)
    public HttpResponse<String> health() {
        return ready();
    }

    @Get("/ready")
    @Produces(MediaType.APPLICATION_JSON)
    public HttpResponse<String> ready() {
        boolean database = databaseAnswers();
        boolean migrated = readiness.migrated();
        boolean stopping = readiness.shuttingDown();
        boolean up = database && migrated && !stopping;
        String body = "{\"status\":\"" + upOrDown(up) + "\",\"database\":\"" + upOrDown(database)
                + "\",\"migrations\":\"" + (migrated ? "DONE" : "WAITING") + "\",\"shuttingDown\":" + stopping + "}";
        return HttpResponse.<String>status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(body);
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }

    private static String upOrDown(boolean up) {
        return up ? "UP" : "DOWN";
    }
}

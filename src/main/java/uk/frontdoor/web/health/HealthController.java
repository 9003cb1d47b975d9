package uk.frontdoor.web.health;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import java.sql.Connection;
import javax.sql.DataSource;
import uk.frontdoor.web.access.Public;

/** For load balancers and operators: 200 when the database answers, 503 when it does not. */
@Controller("/health")
@Public
public class HealthController {
    private final DataSource dataSource;

    public HealthController(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @Get
    @Produces(MediaType.APPLICATION_JSON)
    public HttpResponse<String> health() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(2)) {
                return HttpResponse.ok("{\"status\":\"UP\",\"database\":\"UP\"}");
            }
        } catch (Exception e) {
            // fall through to the 503
        }
        return HttpResponse.<String>status(io.micronaut.http.HttpStatus.SERVICE_UNAVAILABLE)
                .body("{\"status\":\"DOWN\",\"database\":\"DOWN\"}");
    }
}

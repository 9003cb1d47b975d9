package uk.frontdoor.core.support;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import uk.frontdoor.platform.db.Sql;

/** Each borough's children's services numbers, from the region data. */
@Singleton
public class EmergencyNumbers {
    private final Sql sql;

    public EmergencyNumbers(Sql sql) {
        this.sql = sql;
    }

    public List<ChildrensServices> all() {
        return sql.list("SELECT code, name, emergency_phone, out_of_hours_phone FROM borough ORDER BY name",
                rs -> new ChildrensServices(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    public Optional<ChildrensServices> of(String boroughCode) {
        return all().stream().filter(c -> c.boroughCode().equals(boroughCode)).findFirst();
    }
}

package vn.dacsan.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** Declares the application's pooled data source; the URL comes from dacsan.db.url. */
@DataSourceDefinition(
        name = MarketplaceDataSource.JNDI_NAME,
        className = "vn.dacsan.platform.persistence.UrlDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        isolationLevel = java.sql.Connection.TRANSACTION_READ_COMMITTED,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class MarketplaceDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/marketplace";
}

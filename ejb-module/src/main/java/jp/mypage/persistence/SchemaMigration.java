package jp.mypage.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date when the application is deployed, before any other start-up bean
 * runs. The same migrations ({@code jp/mypage/migration}) serve H2 and PostgreSQL.
 *
 * <p>When the nodes of a cluster start at the same moment, Flyway itself takes turns on PostgreSQL:
 * it holds an advisory lock ({@code pg_advisory_lock}) while it migrates, so the second node waits,
 * then finds the schema current and applies nothing. Embedded H2 serves one node only.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/mypage",
        className = "jp.mypage.persistence.PortalDataSource",
        minPoolSize = 2,
        maxPoolSize = 30)
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/mypage")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:jp/mypage/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " on " + result.database
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}

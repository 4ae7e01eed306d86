package jp.mypage.persistence;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The connection factory behind the server's pool {@code java:app/jdbc/mypage}. It reads
 * {@code DB_URL}, {@code DB_USER} and {@code DB_PASSWORD} through MicroProfile Config (so from
 * environment variables; see {@link #setting} for GlassFish 7) and opens connections with the
 * matching bundled driver. Without
 * {@code DB_URL} it uses an embedded H2 database in {@value #DEFAULT_H2_FOLDER} under the user's
 * home folder, which survives restarts and rebuilds.
 *
 * <p>The server instantiates this class itself (see {@link SchemaMigration}'s
 * {@code @DataSourceDefinition}); it is not a CDI bean.
 */
public class PortalDataSource implements DataSource {

    static final String DEFAULT_H2_FOLDER = ".mypage-portal/data";

    private static final Map<String, String> DRIVERS = Map.of(
            "jdbc:h2:", "org.h2.Driver",
            "jdbc:postgresql:", "org.postgresql.Driver");

    private final String url;
    private final Properties credentials = new Properties();
    private final Driver driver;
    private PrintWriter logWriter;

    public PortalDataSource() {
        this.url = setting("DB_URL").orElseGet(PortalDataSource::defaultH2Url);
        setting("DB_USER").ifPresent(user -> credentials.setProperty("user", user));
        setting("DB_PASSWORD").ifPresent(password -> credentials.setProperty("password", password));
        this.driver = loadDriver(url);
    }

    /**
     * A setting through MicroProfile Config where the server offers it to this class (Payara, Payara
     * Micro). GlassFish 7 creates the pool during deployment, where no MicroProfile Config
     * implementation is reachable ("No ConfigProviderResolver implementation found!"): there the
     * setting is read as MicroProfile Config's default sources would give it, the system property
     * first, then the environment variable; an empty value counts as unset, as in MicroProfile Config.
     */
    static Optional<String> setting(String name) {
        Config config;
        try {
            config = ConfigProvider.getConfig(PortalDataSource.class.getClassLoader());
        } catch (IllegalStateException noImplementation) {
            return Optional.ofNullable(System.getProperty(name))
                    .or(() -> Optional.ofNullable(System.getenv(name)))
                    .filter(value -> !value.isEmpty());
        }
        return config.getOptionalValue(name, String.class);
    }

    /** The embedded database used when no DB_URL is configured. */
    static String defaultH2Url() {
        Path folder = Path.of(System.getProperty("user.home"), DEFAULT_H2_FOLDER);
        return "jdbc:h2:file:" + folder.resolve("mypage").toAbsolutePath();
    }

    private static Driver loadDriver(String url) {
        Optional<String> driverClass = DRIVERS.entrySet().stream()
                .filter(entry -> url.startsWith(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
        if (driverClass.isEmpty()) {
            throw new IllegalStateException("DB_URL must start with one of " + DRIVERS.keySet() + ": " + url);
        }
        try {
            return (Driver) Class.forName(driverClass.get(), true, PortalDataSource.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JDBC driver " + driverClass.get() + " is not packaged", e);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return driver.connect(url, credentials);
    }

    /**
     * A pool that names no user gets the configured ones: GlassFish 7 asks with the empty user and
     * password of the {@code @DataSourceDefinition}, which PostgreSQL refuses ("no PostgreSQL user name
     * specified in startup packet").
     */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        if (username == null || username.isEmpty()) {
            return getConnection();
        }
        Properties given = new Properties();
        given.setProperty("user", username);
        given.setProperty("password", password);
        return driver.connect(url, given);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the drivers take their own timeouts from the URL
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}

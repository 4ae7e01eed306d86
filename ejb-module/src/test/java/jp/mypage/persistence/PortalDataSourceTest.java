package jp.mypage.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The unit tests have no MicroProfile Config implementation on their class path, as GlassFish 7 has
 * none where it creates the pool: the data source still finds its settings (system property, then
 * environment variable) and connects.
 */
class PortalDataSourceTest {

    @AfterEach
    void clear() {
        System.clearProperty("DB_URL");
        System.clearProperty("DB_USER");
    }

    @Test
    void withoutMicroProfileConfigTheSystemPropertyGivesTheDatabase() throws SQLException {
        System.setProperty("DB_URL", "jdbc:h2:mem:portal-data-source-test;DB_CLOSE_DELAY=-1");
        System.setProperty("DB_USER", "tester");
        try (Connection connection = new PortalDataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet user = statement.executeQuery("SELECT CURRENT_USER")) {
            assertTrue(user.next());
            assertEquals("TESTER", user.getString(1), "DB_USER is the connection's user");
            assertTrue(connection.getMetaData().getURL().contains("portal-data-source-test"),
                    connection.getMetaData().getURL());
        }
    }

    @Test
    void aPoolThatNamesNoUserGetsTheConfiguredOne() throws SQLException {
        System.setProperty("DB_URL", "jdbc:h2:mem:portal-data-source-user;DB_CLOSE_DELAY=-1");
        System.setProperty("DB_USER", "tester");
        try (Connection connection = new PortalDataSource().getConnection("", "");
                Statement statement = connection.createStatement();
                ResultSet user = statement.executeQuery("SELECT CURRENT_USER")) {
            assertTrue(user.next());
            assertEquals("TESTER", user.getString(1), "GlassFish's empty user is DB_USER");
        }
    }

    @Test
    void anEmptySettingCountsAsUnset() {
        System.setProperty("DB_USER", "");
        assertTrue(PortalDataSource.setting("DB_USER").isEmpty(), "as in MicroProfile Config");
    }
}

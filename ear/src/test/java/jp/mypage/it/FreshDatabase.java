package jp.mypage.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Every run of the system tests starts from an empty database, whatever ran before on this checkout
 * (issue 11, item 14: a second {@code ./mvnw verify} used to find the first run's rows). Runs once
 * per test JVM, before the first test class starts the server: an H2 file database under
 * {@code target/} is deleted; a PostgreSQL database gets a new, empty {@code public} schema (the
 * tests' role owns the database). The portal's Flyway migrations then build the schema as on a
 * first installation.
 */
public final class FreshDatabase implements LauncherSessionListener {

    private static final String H2_FILE = "jdbc:h2:file:";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String url = System.getProperty("it.db.url", "");
        if (url.startsWith(H2_FILE)) {
            deleteH2(Paths.get(url.substring(H2_FILE.length()).split(";", 2)[0]));
        } else if (url.startsWith("jdbc:postgresql:")) {
            emptyPostgres(url, System.getProperty("it.db.user"), System.getProperty("it.db.password"));
        }
    }

    private static void deleteH2(Path database) {
        Path folder = database.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder) || !folder.toString().contains("target")) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the H2 test database " + folder, e);
        }
        System.out.println("FreshDatabase: deleted the H2 test database " + folder);
    }

    private static void emptyPostgres(String url, String user, String password) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the PostgreSQL test database " + url, e);
        }
        System.out.println("FreshDatabase: emptied the PostgreSQL test database " + url);
    }
}

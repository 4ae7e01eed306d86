package jp.mypage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * GlassFish 7 as the {@code -Pglassfish} build unpacks it ({@code glassfish.home}), driven with its
 * own {@code asadmin}: start-domain, deploy the build's EAR unchanged, then undeploy and stop-domain.
 * The server inherits the test JVM's environment, which is the portal's configuration (DB_URL,
 * MAIL_SMTP_PORT …, set by the failsafe plugin), exactly as Payara Server does in the other runs.
 */
final class GlassFishServer {

    static final String APPLICATION = "mypage";
    private static final String DOMAIN = "domain1";

    private final Path home = Path.of(System.getProperty("glassfish.home", "target/glassfish-server/glassfish7"));
    private final Path ear = Path.of(System.getProperty("portal.ear", "target/mypage.ear"));

    /** The domain's log, where a failed start or deployment explains itself. */
    Path log() {
        return home.resolve("glassfish/domains").resolve(DOMAIN).resolve("logs/server.log");
    }

    void startAndDeploy() throws IOException, InterruptedException {
        asadmin(true, "start-domain", DOMAIN);
        // --force: a run that was killed before its undeploy leaves the application deployed.
        asadmin(true, "deploy", "--force=true", "--name", APPLICATION, ear.toAbsolutePath().toString());
    }

    void undeployAndStop() throws IOException, InterruptedException {
        try {
            asadmin(false, "undeploy", APPLICATION);
        } finally {
            asadmin(true, "stop-domain", DOMAIN);
        }
    }

    private void asadmin(boolean mustSucceed, String... arguments) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(home.resolve("bin/asadmin").toString(), "--interactive=false"));
        line.addAll(List.of(arguments));
        Process process = new ProcessBuilder(line).inheritIO().start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("asadmin " + arguments[0] + " did not finish in 10 minutes: see " + log());
        }
        if (mustSucceed) {
            assertEquals(0, process.exitValue(), "asadmin " + String.join(" ", arguments) + " failed: see " + log());
        }
    }
}

package jp.mypage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The README's cluster commands ({@code cluster/start [N]}, {@code cluster/stop}) as the system tests
 * run them: Payara Micro nodes of the WAR on the tests' PostgreSQL database, behind HAProxy at
 * {@link Browser#BASE}, mailing to the tests' GreenMail. Each test class keeps its nodes' logs and pid
 * files in a folder of its own under {@code ear/target}.
 */
final class MicroCluster {

    static final Path ROOT = Path.of(System.getProperty("portal.root", "..")).toAbsolutePath().normalize();

    private final Path run;

    MicroCluster(String folder) {
        this.run = ROOT.resolve("ear/target").resolve(folder);
    }

    Path folder() {
        return run;
    }

    void start(int nodes) throws IOException, InterruptedException {
        command("start", String.valueOf(nodes));
    }

    void stop() throws IOException, InterruptedException {
        command("stop");
    }

    private void command(String command, String... arguments) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("bash", ROOT.resolve("cluster/" + command).toString()));
        line.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(line).directory(ROOT.toFile()).inheritIO();
        Map<String, String> env = builder.environment();
        env.put("CLUSTER_DIR", run.toString());
        env.put("DB_URL", System.getProperty("it.db.url"));
        env.put("DB_USER", System.getProperty("it.db.user"));
        env.put("DB_PASSWORD", System.getProperty("it.db.password"));
        env.put("MAIL_SMTP_HOST", "localhost");
        env.put("MAIL_SMTP_PORT", System.getProperty("it.smtp.port", "3025"));
        env.put("APP_BASE_URL", Browser.BASE);
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("cluster/" + command + " did not finish in 10 minutes");
        }
        assertEquals(0, process.exitValue(), "cluster/" + command + " failed: see " + run);
    }
}

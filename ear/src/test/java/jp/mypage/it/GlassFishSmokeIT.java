package jp.mypage.it;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The smoke set ({@link SmokeSet}) on GlassFish 7: the build's EAR, unchanged, deployed with
 * {@code asadmin} to the domain that {@code -Pglassfish} unpacks under {@code ear/target}, on the
 * tests' database (embedded H2 by default, PostgreSQL with {@code -Ppostgresql}).
 *
 * <p>{@code ./mvnw verify -Pglassfish -pl ear -am -Dtest=NoUnitTests -Dsurefire.failIfNoSpecifiedTests=false}
 */
class GlassFishSmokeIT extends SmokeSet {

    private static final GlassFishServer GLASSFISH = new GlassFishServer();

    GlassFishSmokeIT() {
        super("glassfish", "硝子 花子", "ガラス ハナコ", "株式会社グラスフィッシュ");
    }

    @BeforeAll
    static void startGlassFish() throws IOException, InterruptedException {
        Mailbox.start();
        GLASSFISH.startAndDeploy();
    }

    @AfterAll
    static void stopGlassFish() throws IOException, InterruptedException {
        GLASSFISH.undeployAndStop();
    }
}

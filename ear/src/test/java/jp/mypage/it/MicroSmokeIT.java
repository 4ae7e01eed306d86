package jp.mypage.it;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The smoke set ({@link SmokeSet}) on Payara Micro: the same modules as one WAR (Micro cannot deploy
 * the EAR), one node started by the README's {@code cluster/start 1} on PostgreSQL, through the
 * balancer.
 *
 * <p>Runs with the cluster test: {@code ./mvnw verify -Pcluster -pl ear -am}.
 */
class MicroSmokeIT extends SmokeSet {

    private static final MicroCluster MICRO = new MicroCluster("micro-it");

    MicroSmokeIT() {
        super("micro", "微小 太郎", "ビショウ タロウ", "株式会社マイクロ");
    }

    @BeforeAll
    static void startMicro() throws IOException, InterruptedException {
        Mailbox.start();
        MICRO.start(1);
    }

    @AfterAll
    static void stopMicro() throws IOException, InterruptedException {
        MICRO.stop();
    }
}

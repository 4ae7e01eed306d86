package jp.mypage.it.support.web;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.lang.management.ManagementFactory;

/**
 * Test-only: {@code POST /test-support/api/heap} runs full garbage collections in the server's JVM
 * until the heap in use stops shrinking (at most five) and answers the heap in use, in bytes: the
 * difference of two answers is what the server holds on to between them.
 */
@Path("heap")
public class HeapResource {

    @POST
    public String usedAfterCollection() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return String.valueOf(used);
            }
            used = now;
        }
        return String.valueOf(used);
    }
}

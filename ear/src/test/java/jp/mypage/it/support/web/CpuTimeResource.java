package jp.mypage.it.support.web;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.lang.management.ManagementFactory;

/**
 * Test-only: {@code POST /test-support/api/cpu-time} answers the processor time the server's JVM has
 * used so far, in nanoseconds (all its threads, the embedded H2 included): the difference of two
 * answers is what the server spent between them.
 */
@Path("cpu-time")
public class CpuTimeResource {

    @POST
    public String used() {
        return String.valueOf(((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime());
    }
}

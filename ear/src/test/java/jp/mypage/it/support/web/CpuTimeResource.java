package jp.mypage.it.support.web;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;

/**
 * Test-only: {@code POST /test-support/api/cpu-time} answers the processor time the server's JVM has
 * used so far, in nanoseconds (all its threads, the embedded H2 included): the difference of two
 * answers is what the server spent between them. Then, separated by spaces, the milliseconds its
 * garbage collections have taken so far (pauses and concurrent cycles, as the collectors count them),
 * the milliseconds its JIT compilers have spent so far, and the heap in use and its maximum, in MB.
 */
@Path("cpu-time")
public class CpuTimeResource {

    @POST
    public String used() {
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        long gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(millis -> millis > 0).sum();
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long compiling = jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return cpu + " " + gc + " " + compiling + " " + heap.getUsed() / 1_048_576 + " " + heap.getMax() / 1_048_576;
    }
}

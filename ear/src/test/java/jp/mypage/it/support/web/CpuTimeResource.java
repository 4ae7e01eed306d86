package jp.mypage.it.support.web;

import jakarta.ws.rs.POST;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Test-only: {@code POST /test-support/api/cpu-time} answers the processor time the server's JVM has
 * used so far, in nanoseconds (all its threads, the embedded H2 included): the difference of two
 * answers is what the server spent between them. Then, separated by spaces, the milliseconds its
 * garbage collections have taken so far (pauses and concurrent cycles, as the collectors count them),
 * the milliseconds its JIT compilers have spent so far, and the heap in use and its maximum, in MB;
 * last, the processor time of its JIT compiler threads and of its garbage collector threads so far, in
 * nanoseconds, as Linux counts each thread ({@code /proc/self/task}; -1 without it): the compilers'
 * figure above is wall-clock, which a busy machine stretches. Only threads alive count: a JVM that
 * stops an idle extra compiler thread loses its time (on 2 processors there is one C1 and one C2).
 */
@jakarta.ws.rs.Path("cpu-time")
public class CpuTimeResource {

    @POST
    public String used() {
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        long gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(millis -> millis > 0).sum();
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long compiling = jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return cpu + " " + gc + " " + compiling + " " + heap.getUsed() / 1_048_576 + " " + heap.getMax() / 1_048_576
                + " " + threadsCpu("C1 CompilerThre", "C2 CompilerThre") + " " + threadsCpu("GC Thread", "G1 ");
    }

    /** Processor time of the JVM's threads whose name starts with one of the prefixes, in nanoseconds. */
    private static long threadsCpu(String... prefixes) {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return -1;
        }
        long ticks = 0;
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : (Iterable<Path>) threads::iterator) {
                try {
                    String stat = Files.readString(thread.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (Arrays.stream(prefixes).anyMatch(name::startsWith)) {
                        // after "pid (comm) ": state is field 3, utime field 14 and stime field 15
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException ended) {
                    // the thread ended while it was read
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return ticks * 10_000_000L; // USER_HZ: 100 ticks a second
    }
}

package org.reportlens.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Runs a corpus command in a Java process whose heap is sized for the corpus, instead of the
 * JVM's default — a quarter of the machine's memory, which the default collector fills freely
 * before it collects: on a thousand reports of 40,000 characters that was 2.7 GB of a 24 GB
 * machine, though the data never needs half of it.
 *
 * <p>The heap given is {@value #BASE_MB} MB plus {@value #PER_INPUT_BYTE} bytes per byte of input,
 * at least {@value #LEAST_MB} MB and at most three quarters of the machine's memory; with the
 * throughput collector, which does not split very large arrays over regions, unless the user chose
 * a collector (on the command line or in JAVA_TOOL_OPTIONS and the like). Nothing is done when
 * the user set the heap (-Xmx, -XX:MaxHeapSize, -XX:MaxRAM…), when this process is already the
 * sized one, or when a second process cannot be started; then the command runs here as before.
 */
final class SizedHeap {
    static final String CHILD_PROPERTY = "reportlens.sizedHeap";
    static final long BASE_MB = 512;
    static final long PER_INPUT_BYTE = 8;
    static final long LEAST_MB = 1024;

    private SizedHeap() {
    }

    /**
     * Runs {@code args} again in a process with a sized heap, if that should be done.
     *
     * @return the exit code of that process, or empty when the command should run here
     */
    static OptionalInt relaunch(String[] args, List<Path> inputs, PrintStream err) {
        List<String> jvmArguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (System.getProperty(CHILD_PROPERTY) != null || setsHeap(jvmArguments)) {
            return OptionalInt.empty();
        }
        long megabytes = heapMegabytes(inputBytes(inputs), physicalMegabytes());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + megabytes + "m");
        if (!choosesCollector(jvmArguments) && !choosesCollector(environmentOptions())) {
            // two collectors chosen is an error at the child's start: the user's choice stands
            command.add("-XX:+UseParallelGC");
        }
        command.add("-D" + CHILD_PROPERTY + "=" + megabytes);
        command.addAll(jvmArguments);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.reportlens.Launcher");
        command.addAll(List.of(args));
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | UnsupportedOperationException e) {
            err.println("reportlens: running with the default heap (" + e.getMessage() + ")");
            return OptionalInt.empty();
        }
        Thread stop = new Thread(child::destroy);
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return OptionalInt.of(child.waitFor());
        } catch (InterruptedException e) {
            child.destroy();
            Thread.currentThread().interrupt();
            return OptionalInt.of(Cli.USAGE_OR_NOTHING_READ);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
    }

    /** Whether these JVM options choose a garbage collector (-XX:+UseG1GC, -XX:+UseZGC …). */
    static boolean choosesCollector(List<String> jvmArguments) {
        return jvmArguments.stream().anyMatch(a -> a.matches("-XX:\\+Use\\w*GC"));
    }

    /** The options the JVM also reads from the environment, which the child process inherits. */
    private static List<String> environmentOptions() {
        List<String> options = new ArrayList<>();
        for (String name : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
            String value = System.getenv(name);
            if (value != null && !value.isBlank()) {
                options.addAll(List.of(value.trim().split("\\s+")));
            }
        }
        return options;
    }

    static boolean setsHeap(List<String> jvmArguments) {
        return jvmArguments.stream().anyMatch(a -> a.startsWith("-Xmx") || a.startsWith("-XX:MaxHeapSize")
                || a.startsWith("-XX:MaxRAM"));
    }

    /** The heap for this much input on a machine with this much memory, in megabytes. */
    static long heapMegabytes(long inputBytes, long physicalMegabytes) {
        long wanted = BASE_MB + PER_INPUT_BYTE * inputBytes / (1024 * 1024);
        long most = Math.max(LEAST_MB, physicalMegabytes * 3 / 4);
        return Math.min(most, Math.max(LEAST_MB, wanted));
    }

    private static long inputBytes(List<Path> inputs) {
        long total = 0;
        for (Path p : inputs) {
            try {
                total += Files.size(p);
            } catch (IOException | SecurityException e) {
                // an unreadable file is reported when it is read; it adds nothing to the heap
            }
        }
        return total;
    }

    private static long physicalMegabytes() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getTotalMemorySize() / (1024 * 1024);
        }
        return Runtime.getRuntime().maxMemory() * 4 / (1024 * 1024);
    }
}

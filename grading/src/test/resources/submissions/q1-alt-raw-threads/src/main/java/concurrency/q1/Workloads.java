package concurrency.q1;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A correct alternative: raw threads joined one by one; one child JVM per item, its output redirected to a file. */
public final class Workloads {
    private Workloads() {
    }

    public static List<Integer> ioBound(Strategy strategy, int tasks, Duration latency) {
        if (strategy == null) {
            throw new NullPointerException("strategy is null");
        }
        if (latency == null) {
            throw new NullPointerException("latency is null");
        }
        if (tasks < 0 || latency.isNegative()) {
            throw new IllegalArgumentException(tasks < 0 ? "tasks < 0" : "latency < 0");
        }
        Integer[] results = new Integer[tasks];
        if (strategy == Strategy.SEQUENTIAL) {
            for (int i = 0; i < tasks; i++) {
                sleep(latency);
                results[i] = i;
            }
        } else if (strategy == Strategy.THREADS) {
            Thread[] threads = new Thread[tasks];
            for (int i = 0; i < tasks; i++) {
                int index = i;
                threads[i] = new Thread(() -> {
                    sleep(latency);
                    results[index] = index;
                });
                threads[i].start();
            }
            joinAll(threads);
        } else {
            List<String[]> work = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                work.add(new String[] {"sleep", Long.toString(latency.toMillis()), Integer.toString(i)});
            }
            List<String> printed = runChildren(work);
            for (int i = 0; i < tasks; i++) {
                results[i] = Integer.parseInt(printed.get(i).trim());
            }
        }
        return Arrays.asList(results);
    }

    public static List<Long> cpuBound(Strategy strategy, List<Integer> inputs) {
        if (strategy == null) {
            throw new NullPointerException("strategy is null");
        }
        if (inputs == null) {
            throw new NullPointerException("inputs is null");
        }
        if (inputs.stream().anyMatch(n -> n < 0)) {
            throw new IllegalArgumentException("inputs contains a negative number");
        }
        Long[] counts = new Long[inputs.size()];
        if (strategy == Strategy.SEQUENTIAL) {
            for (int i = 0; i < counts.length; i++) {
                counts[i] = Primes.countUpTo(inputs.get(i));
            }
        } else if (strategy == Strategy.THREADS) {
            Thread[] threads = new Thread[counts.length];
            for (int i = 0; i < counts.length; i++) {
                int index = i;
                threads[i] = new Thread(() -> counts[index] = Primes.countUpTo(inputs.get(index)));
                threads[i].start();
            }
            joinAll(threads);
        } else {
            List<String[]> work = new ArrayList<>();
            for (int n : inputs) {
                work.add(new String[] {"primes", Integer.toString(n)});
            }
            List<String> printed = runChildren(work);
            for (int i = 0; i < counts.length; i++) {
                counts[i] = Long.parseLong(printed.get(i).trim());
            }
        }
        return Arrays.asList(counts);
    }

    public static List<Integer> isolated(List<Integer> exitStatuses) {
        if (exitStatuses == null) {
            throw new NullPointerException("exitStatuses is null");
        }
        List<Integer> observed = new ArrayList<>();
        for (int status : exitStatuses) {
            Process child = start(new String[] {"exit", Integer.toString(status)}, null);
            observed.add(waitFor(child));
        }
        return observed;
    }

    public static Strategy recommend(WorkloadProfile profile) {
        if (profile == null) {
            throw new NullPointerException("profile is null");
        }
        if (profile.needsIsolation()) {
            return Strategy.PROCESSES;
        }
        return Strategy.THREADS;
    }

    /** One child per element, all started first; the first line each wrote into its output file. */
    private static List<String> runChildren(List<String[]> work) {
        List<Process> children = new ArrayList<>();
        List<File> outputs = new ArrayList<>();
        try {
            for (String[] args : work) {
                File output = File.createTempFile("q1-child", ".out");
                outputs.add(output);
                children.add(start(args, output));
            }
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < children.size(); i++) {
                if (waitFor(children.get(i)) != 0) {
                    throw new IllegalStateException("a child failed");
                }
                lines.add(Files.readAllLines(outputs.get(i).toPath()).get(0));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            children.forEach(Process::destroyForcibly);
            outputs.forEach(File::delete);
        }
    }

    private static Process start(String[] args, File output) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m", "-cp", System.getProperty("java.class.path"), WorkloadChild.class.getName()));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.redirectOutput(output == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(output));
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int waitFor(Process child) {
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(Duration latency) {
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinAll(Thread[] threads) {
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}

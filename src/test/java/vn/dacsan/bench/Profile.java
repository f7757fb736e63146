package vn.dacsan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * An optional JDK Flight Recorder recording (-Dbench.jfr=true, "profile" settings) around one
 * phase, in the harness JVM or in the Payara child (through jcmd). Read it with
 * {@code jfr print --events jdk.ExecutionSample file.jfr}.
 */
abstract class Profile {

    /** A line of jcmd's Compiler.queue listing one queued method: its compile id, then a space. */
    private static final Pattern QUEUED = Pattern.compile("\\d+\\s");
    private static final Pattern JIT_TIME = Pattern.compile("(?m)^java\\.ci\\.totalTime=(\\d+)");
    private static final Pattern TICKS_PER_SECOND = Pattern.compile("(?m)^sun\\.os\\.hrt\\.frequency=(\\d+)");

    private static final Profile NONE = new Profile() {
        @Override
        void stop() {
        }
    };

    abstract void stop();

    static Profile startInProcess(boolean enabled, Path file) {
        if (!enabled) {
            return NONE;
        }
        try {
            Recording recording = new Recording(Configuration.getConfiguration("profile"));
            recording.start();
            return new Profile() {
                @Override
                void stop() {
                    try {
                        recording.stop();
                        recording.dump(file);
                        recording.close();
                        System.out.println("  flight recording: " + file);
                    } catch (IOException e) {
                        System.out.println("  flight recording not written: " + e);
                    }
                }
            };
        } catch (IOException | java.text.ParseException e) {
            System.out.println("  no flight recording: " + e);
            return NONE;
        }
    }

    static Profile startInChild(Process child, boolean enabled, Path file) {
        if (!enabled) {
            return NONE;
        }
        String pid = String.valueOf(child.pid());
        jcmd(pid, "JFR.start", "name=bench", "settings=profile");
        return new Profile() {
            @Override
            void stop() {
                jcmd(pid, "JFR.stop", "name=bench", "filename=" + file);
                System.out.println("  flight recording: " + file);
            }
        };
    }

    /** Runs the JDK's jcmd against a process, waiting at most a minute; a failure is printed, not thrown. */
    static void jcmd(String pid, String... args) {
        jcmdOutput(pid, args);
    }

    /** What {@code jcmd pid args…} printed, or null when it could not run within a minute. */
    static String jcmdOutput(String pid, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), pid));
        command.addAll(List.of(args));
        Path output = null;
        try {
            // to a file, not a pipe: reading a pipe would block past the time limit if jcmd hung
            output = Files.createTempFile("jcmd", ".txt");
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return Files.readString(output);
        } catch (IOException e) {
            System.out.println("  jcmd " + String.join(" ", args) + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // a temporary file left behind
                }
            }
        }
        return null;
    }

    /**
     * Seconds the JVM's JIT threads have spent compiling since it started, from its performance
     * counters; -1 when jcmd cannot read them.
     */
    static double jitSeconds(long pid) {
        String output = jcmdOutput(Long.toString(pid), "PerfCounter.print");
        if (output == null) {
            return -1;
        }
        Matcher total = JIT_TIME.matcher(output);
        Matcher frequency = TICKS_PER_SECOND.matcher(output);
        if (!total.find() || !frequency.find()) {
            return -1;
        }
        return Long.parseLong(total.group(1)) / (double) Long.parseLong(frequency.group(1));
    }

    /**
     * Methods waiting for the JIT compilers of process {@code pid} ({@code jcmd Compiler.queue}
     * lists one per line, each starting with its compile id), or -1 when jcmd cannot tell.
     */
    static int compileQueue(long pid) {
        String output = jcmdOutput(Long.toString(pid), "Compiler.queue");
        if (output == null || !output.contains("queue")) {
            return -1;
        }
        return (int) output.lines().filter(line -> QUEUED.matcher(line).lookingAt()).count();
    }
}

package concurrency.grader.classroom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Gradescope's container, simulated with bubblewrap: a folder of ours is bound at {@code /autograder}, the autograder
 * zip unpacked into {@code /autograder/source} (its Unix modes kept, as Gradescope's unzip does), run_autograder
 * copied to {@code /autograder/run_autograder}, the submission put into {@code /autograder/submission}. The rest of
 * the machine is seen read-only, {@code /tmp} is fresh. bubblewrap makes {@code /autograder} as an empty folder on
 * the host the first time (the root must hold the mount point); {@link #removeMountPoint} takes it away again.
 */
record GradescopeContainer(Path root) {
    static final Path MOUNT_POINT = Path.of("/autograder");

    /** What one command in the container printed and how it ended. */
    record Ran(int exitStatus, String output) {
    }

    static GradescopeContainer unpack(Path zip, Path root) throws IOException {
        Path source = Files.createDirectories(root.resolve("source"));
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
                Path target = source.resolve(entry.getName()).normalize();
                if (!target.startsWith(source)) {
                    throw new IOException("the autograder zip has an entry outside its folder: " + entry.getName());
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                Files.setPosixFilePermissions(target, permissions(entry.getUnixMode()));
            }
        }
        Files.copy(source.resolve("run_autograder"), root.resolve("run_autograder"));
        Files.setPosixFilePermissions(root.resolve("run_autograder"), permissions(0755));
        Files.createDirectories(root.resolve("submission"));
        Files.createDirectories(root.resolve("results"));
        return new GradescopeContainer(root);
    }

    Path submission() {
        return root.resolve("submission");
    }

    Path results() {
        return root.resolve("results/results.json");
    }

    /** Runs {@code command} in the container, from /autograder; {@code withoutBubblewrap} hides bwrap as a bare image would. */
    Ran run(boolean withoutBubblewrap, String... command) throws IOException, InterruptedException {
        List<String> bwrap = new ArrayList<>(List.of("bwrap", "--dev-bind", "/", "/", "--tmpfs", "/tmp",
                "--bind", root.toString(), MOUNT_POINT.toString()));
        if (withoutBubblewrap) {
            bwrap.addAll(List.of("--ro-bind", "/dev/null", "/usr/bin/bwrap"));
        }
        bwrap.addAll(List.of("--remount-ro", "/", "--die-with-parent", "--chdir", MOUNT_POINT.toString()));
        bwrap.addAll(List.of(command));
        Path log = Files.createTempFile(root.getParent(), "container", ".log");
        Process container = new ProcessBuilder(bwrap).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!container.waitFor(20, TimeUnit.MINUTES)) {
                throw new AssertionError("the simulated container did not finish within 20 minutes (a hang)");
            }
        } finally {
            container.descendants().forEach(ProcessHandle::destroyForcibly);
            container.destroyForcibly();
        }
        return new Ran(container.exitValue(), Files.readString(log));
    }

    /** Removes the empty /autograder that bubblewrap made on the host, if it made it. */
    static void removeMountPoint(boolean existedBefore) throws IOException {
        if (!existedBefore && Files.isDirectory(MOUNT_POINT)) {
            try (var entries = Files.list(MOUNT_POINT)) {
                if (entries.findAny().isEmpty()) {
                    Files.delete(MOUNT_POINT);
                }
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
                PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                permissions.add(bits[i]);
            }
        }
        if (permissions.isEmpty()) {
            permissions.addAll(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        }
        return permissions;
    }
}

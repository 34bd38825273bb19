package concurrency.grader.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A submitted zip is unpacked only when that is safe, and refused whole, with a reason a student can act on, when not. */
class SafeZipTest {

    @Test
    @DisplayName("the .java files of a zip are unpacked where their names say; other files are only named")
    void unpacksSources(@TempDir Path dir) throws Exception {
        Path zip = Zips.of(dir.resolve("alice.zip"), Map.of("repo/src/main/java/concurrency/q7/Factorials.java", "package concurrency.q7;",
                "repo/README.md", "# mine", "__MACOSX/repo/._Factorials.java", "junk"));

        SafeZip.Unpacked unpacked = SafeZip.unpack(zip, dir.resolve("out"));

        assertThat(unpacked.sources()).isEqualTo(1);
        assertThat(unpacked.others()).containsExactly("repo/README.md");
        assertThat(dir.resolve("out/repo/src/main/java/concurrency/q7/Factorials.java")).hasContent("package concurrency.q7;");
        assertThat(dir.resolve("out/repo/README.md")).doesNotExist();
    }

    @Test
    @DisplayName("an entry whose name climbs out with ../ refuses the whole zip, and nothing is written anywhere")
    void pathEscapeIsRefused(@TempDir Path dir) throws Exception {
        Path zip = Zips.of(dir.resolve("evil.zip"), Map.of("src/Fine.java", "class Fine {}", "../../escaped.java", "class Escaped {}"));
        Path out = dir.resolve("deep/out");

        assertThatThrownBy(() -> SafeZip.unpack(zip, out)).isInstanceOf(Refused.class)
                .hasMessageContaining("'../../escaped.java'").hasMessageContaining("outside the folder");
        assertThat(dir.resolve("escaped.java")).doesNotExist();
        assertThat(out).doesNotExist();
    }

    @Test
    @DisplayName("an absolute entry name refuses the zip")
    void absoluteNameIsRefused(@TempDir Path dir) throws Exception {
        Path zip = Zips.of(dir.resolve("evil.zip"), Map.of("/tmp/absolute.java", "class A {}"));

        assertThatThrownBy(() -> SafeZip.unpack(zip, dir.resolve("out"))).isInstanceOf(Refused.class).hasMessageContaining("/tmp/absolute.java");
    }

    @Test
    @DisplayName("a zip bomb stops at the bound on inflated bytes, whatever the zip declares, and leaves nothing behind")
    void zipBombIsRefused(@TempDir Path dir) throws Exception {
        Path zip = Zips.bomb(dir.resolve("bomb.zip"), SafeZip.MAX_UNPACKED_BYTES + 4 * 1024 * 1024);
        assertThat(Files.size(zip)).as("the bomb is small").isLessThan(1024 * 1024);

        assertThatThrownBy(() -> SafeZip.unpack(zip, dir.resolve("out"))).isInstanceOf(Refused.class)
                .hasMessageContaining("expands to more than 64 MB");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    @DisplayName("a zip file over 32 MB is refused before it is opened")
    void hugeZipIsRefused(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("huge.zip");
        try (RandomAccessFile file = new RandomAccessFile(zip.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024); // sparse: 50 MB that cost no disk
        }

        assertThatThrownBy(() -> SafeZip.unpack(zip, dir.resolve("out"))).isInstanceOf(Refused.class)
                .hasMessageContaining("50 MB").hasMessageContaining("at most 32 MB");
    }

    @Test
    @DisplayName("a symbolic link in a zip is never made; the rest is unpacked")
    void linksAreNotMade(@TempDir Path dir) throws Exception {
        Path zip = Zips.withLink(dir.resolve("link.zip"), "src/main/java/concurrency/q4/NumberList.java", "/etc/passwd");

        SafeZip.Unpacked unpacked = SafeZip.unpack(zip, dir.resolve("out"));

        assertThat(unpacked.links()).isEqualTo(1);
        assertThat(unpacked.sources()).isEqualTo(1);
        try (Stream<Path> files = Files.walk(dir.resolve("out"))) {
            assertThat(files.filter(Files::isSymbolicLink)).isEmpty();
        }
        assertThat(dir.resolve("out/src/main/java/concurrency/q4/NumberList.java")).doesNotExist();
    }

    @Test
    @DisplayName("a file that is not a zip at all is refused, with a reason")
    void notAZip(@TempDir Path dir) throws Exception {
        Path zip = Files.writeString(dir.resolve("homework.zip"), "this is a Word document, honestly");

        assertThatThrownBy(() -> SafeZip.unpack(zip, dir.resolve("out"))).isInstanceOf(Refused.class)
                .hasMessageContaining("cannot be read");
    }
}

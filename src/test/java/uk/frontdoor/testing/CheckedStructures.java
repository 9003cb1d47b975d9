package uk.frontdoor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The page structures that already passed a check (axe, or the HTML checker) in this build, shared by every test JVM
 * of the build through one file: the suite runs in two JVMs, and a page structure the other JVM checked a minute ago
 * need not be checked again. Each line of the file is the SHA-256 of one passed structure.
 *
 * <p>The file is named by the system property {@code frontdoor.checked-structures}, which the pom sets to a name that
 * carries the build's start time, so every build starts with none checked: a change to the styles alone (contrast,
 * say) leaves the HTML the same and must be checked again. Without the property (a test run from an IDE), the set
 * lives in this JVM only. A structure is added only after it passed, so a failing page fails every time.
 */
final class CheckedStructures {
    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private final Path file;
    private long read;

    private CheckedStructures(Path file) {
        this.file = file;
    }

    /** The structures that passed the check of this name ("axe", "html") in this build. */
    static CheckedStructures named(String check) {
        String shared = System.getProperty("frontdoor.checked-structures");
        return new CheckedStructures(shared == null || shared.isBlank() ? null : Path.of(shared + "-" + check + ".txt"));
    }

    boolean contains(String structure) {
        String digest = digest(structure);
        if (known.contains(digest)) {
            return true;
        }
        readNewLines();
        return known.contains(digest);
    }

    void add(String structure) {
        String digest = digest(structure);
        if (!known.add(digest) || file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            // one write of one short line in append mode: the other JVM's lines never interleave with it
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                out.write(ByteBuffer.wrap((digest + "\n").getBytes(StandardCharsets.US_ASCII)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized void readNewLines() {
        if (file == null || !Files.exists(file)) {
            return;
        }
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = in.size();
            if (size <= read) {
                return;
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) (size - read));
            in.read(buffer, read);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII);
            int complete = text.lastIndexOf('\n') + 1; // a line still being written is read next time
            for (String line : text.substring(0, complete).split("\n")) {
                if (!line.isBlank()) {
                    known.add(line);
                }
            }
            read += complete;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String digest(String structure) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(structure.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package com.kamsuite.local.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documentation of the repository is readable by whoever clones it: every link of the READMEs and of
 * {@code docs/}, and every relative path they quote ({@code `../…`}), leads to a file of the repository.
 */
class DocumentationLinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");
    private static final Pattern QUOTED_PATH = Pattern.compile("`(\\.\\./[^`\\s]+)`");

    private final Path root = Path.of("").toAbsolutePath().resolve("../..").normalize();

    @Test
    void theCapabilityCatalogueIsInTheRepository() {
        assertThat(root.resolve("docs/capabilities.md")).isRegularFile();
        assertThat(read(root.resolve("docs/capabilities.md"))).contains("C1", "O8", "F7", "T5", "G4");
    }

    @Test
    void everyLinkOfTheDocumentationLeadsToAFileOfTheRepository() {
        List<String> broken = new ArrayList<>();
        for (Path document : documents()) {
            String text = read(document);
            Matcher link = LINK.matcher(text);
            while (link.find()) {
                String target = link.group(1);
                if (!target.contains("://") && !target.startsWith("mailto:")) {
                    Path resolved = document.getParent().resolve(target).normalize();
                    if (!resolved.startsWith(root) || !Files.exists(resolved)) {
                        broken.add(root.relativize(document) + " → " + target);
                    }
                }
            }
            Matcher quoted = QUOTED_PATH.matcher(text);
            while (quoted.find()) {
                Path resolved = document.getParent().resolve(quoted.group(1)).normalize();
                if (!resolved.startsWith(root) || !Files.exists(resolved)) {
                    broken.add(root.relativize(document) + " → " + quoted.group(1));
                }
            }
        }
        assertThat(broken).as("links that lead out of the repository or to nothing").isEmpty();
    }

    private List<Path> documents() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(path -> path.toString().endsWith(".md"))
                    .filter(path -> {
                        String relative = root.relativize(path).toString();
                        return !relative.contains("target/") && !relative.contains("node_modules/")
                                && !relative.startsWith(".") && !relative.contains("/src/");
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

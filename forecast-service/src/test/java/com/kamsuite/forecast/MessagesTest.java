package com.kamsuite.forecast;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal the service can make has its title and detail in English and Chinese. */
class MessagesTest {

    private static final Pattern REFUSAL = Pattern.compile(
            "(RuleViolationException|ConflictException|ForbiddenException)\\(\"([a-z-]+)\"");
    private static final Pattern NOT_FOUND = Pattern.compile("NotFoundException\\(\"([a-z-]+)\"");

    @Test
    void everyProblemCodeAndEntityIsTranslated() throws IOException {
        Set<String> keys = new TreeSet<>(Set.of("problem.wrong-state.title", "problem.wrong-state.detail"));
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                Matcher refusal = REFUSAL.matcher(text);
                while (refusal.find()) {
                    if (!refusal.group(2).equals("forbidden")) {
                        keys.add("problem." + refusal.group(2) + ".title");
                        keys.add("problem." + refusal.group(2) + ".detail");
                    }
                }
                Matcher notFound = NOT_FOUND.matcher(text);
                while (notFound.find()) {
                    keys.add("entity." + notFound.group(1));
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(20);

        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh.properties");
        assertThat(english.stringPropertyNames()).containsAll(keys);
        assertThat(chinese.stringPropertyNames()).containsAll(keys);
        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    }

    private Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

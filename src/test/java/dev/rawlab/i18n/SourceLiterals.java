package dev.rawlab.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The string literals of Java source files, found by a small tokenizer that skips comments, char
 * literals and text blocks. Each literal keeps the code just before it (comments removed), so a
 * rule can tell {@code setId("x")} from {@code setText("x")}.
 */
public final class SourceLiterals {

    /** One string literal: where it is, its text as written (escapes not decoded) and the code before it. */
    public record Literal(Path file, int line, String value, String before, String after) {
        @Override
        public String toString() {
            return file.getFileName() + ":" + line + " \"" + value + "\"";
        }
    }

    private SourceLiterals() {
    }

    /** Every literal in every {@code .java} file under {@code roots} (folders or single files). */
    public static List<Literal> in(Path... roots) {
        List<Literal> literals = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                    literals.addAll(of(file, Files.readString(file)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return literals;
    }

    /** The literals of one source text. */
    public static List<Literal> of(Path file, String source) {
        List<Literal> literals = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                int stop = end < 0 ? n : end + 2;
                line += count(source, i, stop);
                i = stop;
                code.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                int stop = end < 0 ? n : end + 3;
                literals.add(new Literal(file, line, source.substring(i + 3, Math.max(i + 3, stop - 3)), tail(code), head(source, stop)));
                line += count(source, i, stop);
                i = stop;
                code.append("\"\"");
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    literals.add(new Literal(file, line, source.substring(i + 1, Math.min(j, n)), tail(code), head(source, j + 1)));
                    code.append("\"\"");
                } else {
                    code.append("''");
                }
                i = j + 1;
            } else {
                code.append(c);
                i++;
            }
        }
        return literals;
    }

    private static int count(String source, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (source.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** The next few characters of source after a literal, whitespace squeezed. */
    private static String head(String source, int from) {
        int start = Math.min(from, source.length());
        return source.substring(start, Math.min(source.length(), start + 40)).replaceAll("\\s+", " ").strip();
    }

    /** The last few hundred characters of code, whitespace squeezed. */
    private static String tail(StringBuilder code) {
        String text = code.substring(Math.max(0, code.length() - 300));
        return text.replaceAll("\\s+", " ");
    }
}

package dev.rawlab.cli;

import dev.rawlab.i18n.Text;
import dev.rawlab.lesson.Lesson;
import dev.rawlab.lesson.LessonLoader;
import dev.rawlab.lesson.LoadedLesson;
import dev.rawlab.scenario.LoadedFile;
import dev.rawlab.scenario.ScenarioLoader;
import dev.rawlab.scenario.ScenarioProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code raw-lab validate FILE...}: reads scenario and lesson files (a folder stands for every
 * {@code *.json} in it; a file whose top object has {@code steps} or {@code quiz} is a lesson) and
 * prints each problem as {@code FILE:LINE:COLUMN: FIELD: sentence}, or an "ok" line per good file.
 * Exits 1 if any file has a problem.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, version = RawLabCommand.VERSION, resourceBundle = "dev.rawlab.cli.help")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "validate.files")
    private List<Path> paths;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean problems = false;
        for (Path file : files()) {
            problems |= !check(file, out);
        }
        out.flush();
        return problems ? RawLabCommand.EXIT_PROBLEMS : CommandLine.ExitCode.OK;
    }

    /** Checks one file, printing its ok line or its problems; whether it was good. */
    private static boolean check(Path path, PrintWriter out) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return print(ScenarioLoader.load(path).problems(), out);
        }
        if (LessonLoader.looksLikeLesson(text)) {
            LoadedLesson loaded = LessonLoader.read(path.toString(), text);
            if (loaded.ok()) {
                Lesson lesson = loaded.lesson().orElseThrow();
                out.println(Text.of("cli.validate.lessonOk", loaded.file(), lesson.id(), lesson.steps().size(),
                        lesson.quiz().size()).format());
            }
            return print(loaded.problems(), out);
        }
        LoadedFile loaded = ScenarioLoader.read(path.toString(), text);
        if (loaded.ok()) {
            out.println(Text.of("cli.validate.ok", loaded.file(), loaded.scenario().orElseThrow().name()).format());
        }
        return print(loaded.problems(), out);
    }

    private static boolean print(List<ScenarioProblem> problems, PrintWriter out) {
        problems.forEach(problem -> out.println(problem.printable()));
        return problems.isEmpty();
    }

    /** The files named, a folder standing for its {@code *.json} files by name. */
    private List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(file -> file.getFileName().toString().endsWith(ScenarioLoader.EXTENSION)
                            && Files.isRegularFile(file)).sorted().forEach(files::add);
                } catch (IOException e) {
                    files.add(path);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }
}

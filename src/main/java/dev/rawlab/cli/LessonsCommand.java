package dev.rawlab.cli;

import dev.rawlab.i18n.Text;
import dev.rawlab.lesson.Lesson;
import dev.rawlab.lesson.LessonCatalog;
import dev.rawlab.lesson.LessonLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code raw-lab lessons [--dir FOLDER]}: lists the lessons shipped with the program (or those of a
 * teacher's folder) in teaching order, one per line: id, title, how many steps and questions.
 * Broken files are reported on the error stream with file, line, column and field, and make it exit 1;
 * the good ones are listed all the same.
 */
@Command(name = "lessons", mixinStandardHelpOptions = true, version = RawLabCommand.VERSION, resourceBundle = "dev.rawlab.cli.help")
final class LessonsCommand implements Callable<Integer> {

    @Option(names = "--dir", paramLabel = "FOLDER", descriptionKey = "lessons.dir")
    private Path folder;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        LessonCatalog catalog = folder == null ? LessonLoader.shipped() : LessonLoader.loadFolder(folder);
        PrintWriter out = spec.commandLine().getOut();
        int width = catalog.lessons().stream().mapToInt(lesson -> lesson.id().length()).max().orElse(0);
        for (Lesson lesson : catalog.lessons()) {
            out.println(lesson.id() + " ".repeat(width - lesson.id().length()) + "  "
                    + Text.of("cli.lessons.line", lesson.title(), lesson.steps().size(), lesson.quiz().size()).format());
        }
        out.flush();
        return ProblemReport.finish(spec, catalog.problems());
    }
}

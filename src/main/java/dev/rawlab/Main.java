package dev.rawlab;

import dev.rawlab.cli.RawLabCommand;
import dev.rawlab.ui.FramesCommand;
import dev.rawlab.ui.StartupProbe;
import javafx.application.Application;
import picocli.CommandLine;

/**
 * The program's entry point, and nothing more. With no arguments it opens the window ({@link App});
 * with arguments it runs the headless command line ({@link RawLabCommand}) and exits with its code.
 *
 * <p>It is a plain class rather than the {@link Application} subclass itself because JavaFX refuses
 * to start a main class that extends {@code Application} when the JavaFX jars are on the classpath
 * (as in {@code java -jar target/raw-lab.jar}) instead of the module path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        StartupProbe.mainStartedNanos = System.nanoTime();
        if (args.length == 0) {
            Preload.start();
            Application.launch(App.class);
        } else {
            CommandLine commandLine = new CommandLine(new RawLabCommand());
            // The frame-time benchmark needs JavaFX, so it is added here rather than in the headless cli package.
            commandLine.addSubcommand("frames", new FramesCommand());
            System.exit(commandLine.execute(args));
        }
    }
}

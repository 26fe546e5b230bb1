package dev.rawlab.lesson;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the program keeps the learner's data, by the conventions of each system:
 * {@code $XDG_DATA_HOME/raw-lab} or {@code ~/.local/share/raw-lab} on Linux (and other Unix),
 * {@code %APPDATA%\raw-lab} on Windows, {@code ~/Library/Application Support/raw-lab} on macOS.
 * The environment variable {@value #OVERRIDE} points it anywhere else (tests, a classroom share).
 */
public final class DataFolder {

    /** The program's folder name inside the system's data folder. */
    public static final String NAME = "raw-lab";
    /** Environment variable that names the folder outright. */
    public static final String OVERRIDE = "RAW_LAB_DATA_DIR";

    private DataFolder() {
    }

    /** The folder for this computer and user. */
    public static Path forThisUser() {
        return resolve(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home", "."));
    }

    /** The folder for a system called {@code osName}, with {@code env} and {@code home} (testable without that system). */
    public static Path resolve(String osName, Map<String, String> env, String home) {
        String override = env.get(OVERRIDE);
        if (present(override)) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return present(appData) ? Path.of(appData, NAME) : Path.of(home, "AppData", "Roaming", NAME);
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return Path.of(home, "Library", "Application Support", NAME);
        }
        String xdg = env.get("XDG_DATA_HOME");
        return present(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg, NAME) : Path.of(home, ".local", "share", NAME);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}

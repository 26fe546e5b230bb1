package dev.rawlab.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/**
 * Writes a file a person chose and, when that fails, tells them in an alert which file and why in
 * words (a missing folder, a refused permission, or what the system said). Every save and export
 * of the window goes through here, so none fails silently.
 */
final class FileProblems {

    /** Something that writes a file and may fail. */
    interface Writing {
        void run() throws IOException;
    }

    private final ResourceBundle texts;
    private final Supplier<Window> owner;

    /** Alerts over the window {@code owner} gives at the time (none when it gives null). */
    FileProblems(ResourceBundle texts, Supplier<Window> owner) {
        this.texts = texts;
        this.owner = owner;
    }

    /** Runs {@code writing}, which writes {@code file}; true when it worked, else the alert shows and false. */
    boolean write(Path file, Writing writing) {
        try {
            writing.run();
            return true;
        } catch (IOException | RuntimeException e) {
            show(Texts.format(texts, "file.write.failed", file), reason(file, e));
            return false;
        }
    }

    /** Why {@code file} could not be written, in words: a missing folder and a refused permission have their own. */
    private String reason(Path file, Exception e) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            return Texts.format(texts, "file.write.noFolder", folder);
        }
        if (e instanceof java.nio.file.AccessDeniedException || folder != null && !Files.isWritable(folder)) {
            return Texts.format(texts, "file.write.denied", folder);
        }
        return Texts.format(texts, "file.write.other", String.valueOf(e.getMessage()));
    }

    /** Shows an error alert with {@code header} and {@code content}, without waiting for it to close. */
    void show(String header, String content) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        alert.setTitle(texts.getString("file.error.title"));
        alert.setHeaderText(header);
        alert.setContentText(content);
        alert.getDialogPane().setId("file-error");
        alert.getDialogPane().setMinWidth(640);
        alert.setResizable(true);
        alert.show();
    }
}

package dev.rawlab.check;

import java.util.List;

/** Everything the checker found in one trace: each operation judged, each write's window, the summary. */
public record CheckReport(List<CheckedOperation> operations, List<WriteWindow> windows, Summary summary) {
    public CheckReport {
        operations = List.copyOf(operations);
        windows = List.copyOf(windows);
    }
}

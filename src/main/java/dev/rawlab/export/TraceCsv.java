package dev.rawlab.export;

import java.math.BigDecimal;
import java.util.List;

/**
 * Trace rows as CSV (RFC 4180): a header, then one line per event; empty where an event has no
 * value; times in milliseconds with at most three decimals; a field with a comma, a quote or a line
 * break in double quotes (quotes doubled); "\n" line ends.
 */
public final class TraceCsv {

    public static final String HEADER = "timeMillis,kind,operation,user,node,to,key,version,status,verdict,detail";

    private TraceCsv() {
    }

    public static String write(List<TraceRow> rows) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (TraceRow row : rows) {
            text.append(millis(row.timeMicros()).toPlainString()).append(',')
                    .append(field(row.kind())).append(',')
                    .append(field(row.operationId())).append(',')
                    .append(field(row.user())).append(',')
                    .append(field(row.node())).append(',')
                    .append(field(row.to())).append(',')
                    .append(field(row.key())).append(',')
                    .append(field(row.version())).append(',')
                    .append(field(row.status())).append(',')
                    .append(field(row.verdict())).append(',')
                    .append(field(row.detail())).append('\n');
        }
        return text.toString();
    }

    /** Microseconds as milliseconds, exact: {@code 12.345}, {@code 80}. */
    static BigDecimal millis(long micros) {
        BigDecimal millis = BigDecimal.valueOf(micros, 3).stripTrailingZeros();
        return millis.signum() == 0 ? BigDecimal.ZERO : millis;
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}

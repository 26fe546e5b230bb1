package dev.rawlab.experiment;

import dev.rawlab.i18n.Text;
import dev.rawlab.store.LbPolicy;
import dev.rawlab.store.ReadMode;
import dev.rawlab.store.RetryPolicy;
import dev.rawlab.store.Strategy;
import dev.rawlab.store.SyncReplication;
import dev.rawlab.store.TokenMode;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The fixes the trade-off table compares, each as a change to the eventual strategy, with its name
 * on the command line ({@code --read}) and the sentence saying what the application must do for it.
 * The last one is not asserted by measurement: it is what a programmer has to write.
 */
public enum Fix {
    EVENTUAL(strategy -> strategy),
    CONSISTENT_READ(strategy -> strategy.withRead(ReadMode.PRIMARY)),
    TOKEN_WAIT(strategy -> strategy.withVersionToken(TokenMode.WAIT)),
    TOKEN_REROUTE(strategy -> strategy.withVersionToken(TokenMode.REROUTE)),
    TOKEN_PRIMARY(strategy -> strategy.withVersionToken(TokenMode.PRIMARY)),
    RETRY(strategy -> strategy.withRetry(RetryPolicy.DEFAULT)),
    SYNC_ALL(strategy -> strategy.withSync(new SyncReplication(SyncReplication.Mode.ALL, 1,
            SyncReplication.OnOffline.TIMEOUT, SyncReplication.ASYNC.timeoutMillis()))),
    STICKY(strategy -> strategy.withLbPolicy(LbPolicy.STICKY)),
    LAZY_LOOKUP(strategy -> strategy.withLazyLookup(true)),
    STRONG(strategy -> strategy.withStrongConsistency(true));

    private final UnaryOperator<Strategy> change;

    Fix(UnaryOperator<Strategy> change) {
        this.change = change;
    }

    /** {@code base} with this fix switched on. */
    public Strategy apply(Strategy base) {
        return change.apply(base);
    }

    /** The name on the command line: eventual, consistent-read, token-wait, ... */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Fix fromFileName(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** The fix's name for people. */
    public Text title() {
        return Text.of("experiment.fix." + fileName());
    }

    /** What the application has to do with this fix. */
    public Text complexity() {
        return Text.of("experiment.complexity." + fileName());
    }
}

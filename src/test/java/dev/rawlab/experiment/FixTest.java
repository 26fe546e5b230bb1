package dev.rawlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.store.ReadMode;
import dev.rawlab.store.Strategy;
import dev.rawlab.store.TokenMode;
import org.junit.jupiter.api.Test;

/** Each fix has its words, reads back from its command-line name, and changes the eventual strategy. */
class FixTest {

    @Test
    void everyFixHasATitleAndSaysWhatTheApplicationMustDo() {
        for (Fix fix : Fix.values()) {
            assertThat(fix.title().format()).as(fix.name()).isNotBlank();
            assertThat(fix.complexity().format()).as(fix.name()).isNotBlank();
            assertThat(Fix.fromFileName(fix.fileName())).isEqualTo(fix);
        }
    }

    @Test
    void everyFixButEventualChangesTheStrategy() {
        for (Fix fix : Fix.values()) {
            boolean changed = !fix.apply(Strategy.EVENTUAL).equals(Strategy.EVENTUAL);
            assertThat(changed).as(fix.name()).isEqualTo(fix != Fix.EVENTUAL);
        }
        assertThat(Fix.CONSISTENT_READ.apply(Strategy.EVENTUAL).read()).isEqualTo(ReadMode.PRIMARY);
        assertThat(Fix.TOKEN_REROUTE.apply(Strategy.EVENTUAL).versionToken()).isEqualTo(TokenMode.REROUTE);
    }
}

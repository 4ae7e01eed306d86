package jp.mypage.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The system clock, in UTC. Every use case takes "now" from an injected {@link Clock}. */
@ApplicationScoped
public class ClockProducer {

    /** Dependent, not a proxy: {@link Clock} is immutable, and a JDK class is best not proxied. */
    @Produces
    Clock systemClock() {
        return Clock.systemUTC();
    }
}

package jp.mypage.it.support.clock;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Test-only: replaces the portal's system clock everywhere in the application. The alternative and
 * its priority sit on the class, so the producer is selected for every module of the EAR.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class MovableClockProducer {

    @Inject
    private MovableClock movable;

    @Produces
    Clock clock() {
        return movable.clock();
    }
}

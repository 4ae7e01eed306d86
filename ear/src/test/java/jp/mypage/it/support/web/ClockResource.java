package jp.mypage.it.support.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Duration;
import jp.mypage.it.support.clock.MovableClock;

/** Test-only: {@code POST /test-support/api/clock?seconds=N} moves the clock, {@code DELETE} resets it. */
@Path("clock")
public class ClockResource {

    @Inject
    private MovableClock clock;

    @POST
    public void move(@QueryParam("seconds") long seconds) {
        clock.moveBy(Duration.ofSeconds(seconds));
    }

    @DELETE
    public void reset() {
        clock.reset();
    }
}

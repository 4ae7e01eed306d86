package jp.mypage.it.support.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import jp.mypage.it.support.clock.MovableClock;

/**
 * Test-only: {@code POST /test-support/api/clock?seconds=N} moves the clock, {@code DELETE} resets it,
 * {@code GET} tells the portal's time (epoch seconds): an operator's authenticator code is of that time.
 */
@Path("clock")
public class ClockResource {

    @Inject
    private MovableClock clock;

    @POST
    public void move(@QueryParam("seconds") long seconds) {
        clock.moveBy(Duration.ofSeconds(seconds));
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String now() {
        return String.valueOf(clock.now().getEpochSecond());
    }

    @DELETE
    public void reset() {
        clock.reset();
    }
}

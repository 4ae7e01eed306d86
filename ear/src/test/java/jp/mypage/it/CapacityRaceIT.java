package jp.mypage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * 20 learners, each in their own Chromium, press 申し込む for a session's last 5 seats at the same
 * moment: exactly 5 applications succeed, the other 15 are told 満席, and the session shows 0 seats left.
 */
class CapacityRaceIT extends PortalIT {

    private static final int LEARNERS = 20;
    private static final int SEATS = 5;

    @Test
    void twentySimultaneousApplicationsForFiveSeatsGiveExactlyFive() throws Exception {
        String code = "R" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String[] ids = Browser.supportPost("seed/course?code=" + code + "&delivery=IN_PERSON&price=10000&capacity="
                + SEATS + "&daysAhead=20&title=race").split(" ");
        String apply = "/mypage/apply?course=" + ids[1] + "&session=" + ids[2];
        String prefix = code.toLowerCase();
        assertEquals("200 " + LEARNERS, Browser.supportPost("seed/learners?prefix=" + prefix + "&count=" + LEARNERS
                + "&password=" + PASSWORD.replace(" ", "%20")));

        List<Browser> browsers = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(LEARNERS);
        // Logging 20 browsers in at once would only measure this 2-core machine: four at a time.
        ExecutorService setup = Executors.newFixedThreadPool(4);
        try {
            List<Future<Browser>> opened = new ArrayList<>();
            for (int i = 0; i < LEARNERS; i++) {
                String email = prefix + "-" + i + "@example.test";
                opened.add(setup.submit(() -> {
                    Browser b = new Browser();
                    browsers.add(b);
                    b.open("/").choose("loginForm:type", "個人の方").type("loginForm:email", email)
                            .type("loginForm:password", PASSWORD).submit("loginForm:login");
                    b.open(apply).element("applyForm:submit");
                    return b;
                }));
            }
            for (Future<Browser> b : opened) {
                b.get(5, TimeUnit.MINUTES);
            }
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> outcomes = new ArrayList<>();
            for (Browser b : List.copyOf(browsers)) {
                outcomes.add(pool.submit(() -> {
                    go.await();
                    b.click("applyForm:submit");
                    // Twenty pages at once on two cores: wait longer than a page usually needs.
                    new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofMinutes(2))
                            .until(d -> b.exists("orderNumber") || d.getPageSource().contains("満席のため"));
                    return b.exists("orderNumber") ? "placed" : "full";
                }));
            }
            go.countDown();
            int placed = 0;
            int full = 0;
            for (Future<String> outcome : outcomes) {
                if ("placed".equals(outcome.get(5, TimeUnit.MINUTES))) {
                    placed++;
                } else {
                    full++;
                }
            }
            assertEquals(SEATS, placed, "exactly the seats there were");
            assertEquals(LEARNERS - SEATS, full, "everyone else is told 満席");
            Browser first = browsers.get(0);
            first.open("/mypage/training?id=" + ids[1]);
            assertEquals("満席", first.text("sessions:0:seatsLeft"), "no seat left, none oversold");
        } finally {
            browsers.forEach(Browser::close);
            pool.shutdownNow();
            setup.shutdownNow();
        }
    }
}

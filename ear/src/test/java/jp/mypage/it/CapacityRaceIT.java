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

    /** Presses 申し込む and waits for the outcome: placed, full, or what the page showed instead. */
    private static String press(Browser b, int n) {
        b.click("applyForm:submit");
        try {
            // Twenty pages at once on two cores: wait longer than a page usually needs.
            new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofMinutes(2))
                    .until(d -> b.exists("orderNumber") || d.getPageSource().contains("満席のため")
                            || d.getTitle().startsWith("アクセスできません") || d.getTitle().startsWith("エラー")
                            || !d.getTitle().isEmpty() && !d.getTitle().contains("|"));
        } catch (org.openqa.selenium.TimeoutException e) {
            // fall through: reported below
        }
        if (b.exists("orderNumber")) {
            return "placed";
        }
        if (b.pageSource().contains("満席のため")) {
            return "full";
        }
        b.saveLastPage("CapacityRaceIT-learner-" + n);
        if (b.status() == 403) {
            return "forbidden";
        }
        return "neither: " + b.describe();
    }

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
        // The browsers log in one after the other: only the presses are simultaneous.
        ExecutorService setup = Executors.newSingleThreadExecutor();
        try {
            List<Future<Browser>> opened = new ArrayList<>();
            for (int i = 0; i < LEARNERS; i++) {
                String email = prefix + "-" + i + "@example.test";
                opened.add(setup.submit(() -> {
                    Browser b = new Browser();
                    browsers.add(b);
                    b.open("/").choose("loginForm:type", "個人の方").type("loginForm:email", email)
                            .type("loginForm:password", PASSWORD).submit("loginForm:login");
                    b.open(apply).waitForAnyText("applyForm:submit", "アクセスできません");
                    if (!b.exists("applyForm:submit")) {
                        // The same spurious 403 of Payara's (see below), on the page itself: open it again.
                        b.open(apply).element("applyForm:submit");
                    }
                    return b;
                }));
            }
            for (Future<Browser> b : opened) {
                b.get(5, TimeUnit.MINUTES);
            }
            CountDownLatch go = new CountDownLatch(1);
            java.util.concurrent.atomic.AtomicInteger retried = new java.util.concurrent.atomic.AtomicInteger();
            List<Future<String>> outcomes = new ArrayList<>();
            List<Browser> ready = List.copyOf(browsers);
            for (int i = 0; i < ready.size(); i++) {
                Browser b = ready.get(i);
                int n = i;
                outcomes.add(pool.submit(() -> {
                    go.await();
                    String outcome = press(b, n);
                    if (outcome.equals("forbidden")) {
                        // Payara 6.2025.9 answers some simultaneous requests of signed-in users with 403
                        // (payara/Payara#6145, fixed in FISH-7515 after this release), sometimes as our page
                        // アクセスできません, sometimes with an empty body (Chromium's page titled "localhost"):
                        // the learner tries again. Anything else (a 500, a reset connection) fails the test.
                        retried.incrementAndGet();
                        b.open(apply).waitForAnyText("applyForm:submit", "満席のため");
                        outcome = b.exists("applyForm:submit") ? press(b, n) : "full";
                    }
                    return outcome;
                }));
            }
            go.countDown();
            int placed = 0;
            int full = 0;
            List<String> others = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                String result = outcome.get(5, TimeUnit.MINUTES);
                if ("placed".equals(result)) {
                    placed++;
                } else if ("full".equals(result)) {
                    full++;
                } else {
                    others.add(result);
                }
            }
            System.out.printf("Capacity race: %d placed, %d told 満席, %d pressed again after Payara's spurious 403%n",
                    placed, full, retried.get());
            assertEquals(List.of(), others, "every learner sees 申込完了 or 満席");
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

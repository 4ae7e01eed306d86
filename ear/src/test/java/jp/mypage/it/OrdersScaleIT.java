package jp.mypage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The figures: a company applies for 1,000 named learners at once (goal: at most 2 s
 * server-side), and お申込み履歴一覧's first page for a company with 1,000 orders (goal: p95 at most
 * 50 ms server-side, in the best of up to three series of 100 runs: a busy machine only slows a series;
 * on a machine slower than the one where the goal was set, the limit grows in proportion: {@link MachineSpeed}). Server-side times come from the test guard endpoint, which calls the real
 * service in the company's own session; the page times are what Chromium waited. Prints every figure.
 */
class OrdersScaleIT extends PortalIT {

    private static final int LEARNERS = 1_000;
    private static final int ORDERS = 1_000;

    @Test
    void aThousandLearnersInOneApplicationAndAThousandOrdersInTheHistory() {
        String corporate = uniqueEmail("bulk");
        signUpCorporate(corporate, "株式会社一括");
        confirmByMail(corporate, 1);
        String encoded = URLEncoder.encode(corporate, StandardCharsets.UTF_8);
        Browser.seed("linked-learners?corporate=" + encoded + "&count=" + LEARNERS);
        String[] page = seedCourse();
        String[] direct = seedCourse();
        logIn("法人の方", corporate, PASSWORD);
        int mailsBefore = Mailbox.received();

        browser.open("/mypage/apply?course=" + page[1] + "&session=" + page[2]);
        browser.click("applyForm:selectAll");
        browser.waitForText("選択中: 1,000名");
        browser.submit("applyForm:review");
        assertEquals("1000", browser.text("quoteSeats"));
        long start = System.nanoTime();
        browser.submit("applyForm:submit");
        browser.element("orderNumber");
        long pageMs = (System.nanoTime() - start) / 1_000_000;

        String[] measured = browser.fetch("/test-guard/guard/order-all?course=" + direct[1] + "&session=" + direct[2])
                .body().split(" ");
        assertEquals(String.valueOf(LEARNERS), measured[0], "every linked learner named");
        long serverMs = Long.parseLong(measured[1]);
        System.out.printf("Application for %,d named learners: server-side %d ms; 申し込む to 申込完了 in Chromium %d ms%n",
                LEARNERS, serverMs, pageMs);
        assertTrue(serverMs <= 2_000, "placing the order took " + serverMs + " ms");

        // Both orders mail the company once and every learner once: wait until all 2,002 left, so
        // the next test's mails are not queued behind them, and say how long the outbox took.
        long draining = System.nanoTime();
        int expected = mailsBefore + 2 * LEARNERS + 2;
        while (Mailbox.received() < expected && System.nanoTime() - draining < Duration.ofMinutes(5).toNanos()) {
            sleep(500);
        }
        assertTrue(Mailbox.received() >= expected, "every mail of the two orders was delivered: " + Mailbox.received());
        System.out.printf("The outbox delivered the %,d mails of the two orders within %d ms%n", 2 * LEARNERS + 2,
                (System.nanoTime() - draining) / 1_000_000);

        Browser.seed("orders?corporate=" + encoded + "&course=" + page[1] + "&session=" + page[2] + "&count=" + ORDERS);
        // Up to three series of 100 runs: another process on the 2 cores can only make a series slower, never
        // faster, so the best series is the page's own cost. Every series is printed.
        String[] timing = null;
        double p95 = Double.MAX_VALUE;
        java.util.List<String> series = new java.util.ArrayList<>();
        double limit = MachineSpeed.scaledMillis(50);
        for (int i = 0; i < 3 && p95 > limit; i++) {
            String[] run = browser.fetch("/test-guard/guard/history-timing?runs=100").body().split(" ");
            assertEquals("20", run[0], "a full first page");
            series.add("p50 " + run[1] + " / p95 " + run[2] + " ms");
            if (Double.parseDouble(run[2]) < p95) {
                timing = run;
                p95 = Double.parseDouble(run[2]);
            }
        }
        System.out.println("お申込み履歴一覧's first page, series of 100 runs: " + series);
        Duration firstPage = timed(() -> {
            browser.open("/mypage/applications");
            browser.element("ordersForm:orders");
        });
        assertTrue(browser.pageSource().contains((ORDERS + 2) + "件中 1～20件"), "the count covers every order");
        System.out.printf("お申込み履歴一覧 with %,d orders: server-side p50 %s ms, p95 %s ms; page in Chromium %d ms%n",
                ORDERS + 2, timing[1], timing[2], firstPage.toMillis());
        assertTrue(p95 <= limit, "p95 of the first page " + p95 + " ms in the best of " + series + ", limit " + limit);
    }

    private static String[] seedCourse() {
        String code = "S" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return Browser.supportPost("seed/course?code=" + code + "&delivery=IN_PERSON&price=10000&capacity=2000"
                + "&daysAhead=40&title=scale").split(" ");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Duration timed(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }
}

package jp.mypage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * 連携者一覧 of a company with 10,000 linked learners: the first page, a search and the CSV export
 * stay fast because paging, search and order happen in the database. Prints the measured times.
 */
class LinkedLearnersScaleIT extends PortalIT {

    private static final int LEARNERS = 10_000;
    /** Generous for a shared CI machine; the figures printed are what the note reports. */
    private static final Duration LIMIT = Duration.ofSeconds(3);

    @Test
    void tenThousandLinkedLearnersPageSearchAndExportQuickly() {
        String corporate = uniqueEmail("scale");
        signUpCorporate(corporate, "株式会社大規模");
        confirmByMail(corporate, 1);
        long seeding = System.nanoTime();
        Browser.seed("linked-learners?corporate=" + URLEncoder.encode(corporate, StandardCharsets.UTF_8) + "&count=" + LEARNERS);
        System.out.printf("Seeded %,d linked learners in %d ms%n", LEARNERS, (System.nanoTime() - seeding) / 1_000_000);

        logIn("法人の方", corporate, PASSWORD);
        browser.open("/mypage/applications");
        Duration firstPage = timed(() -> {
            browser.open("/mypage/linked-learners");
            browser.element("learnersForm:learners");
        });
        assertTrue(browser.pageSource().contains("10000名中 1～20名"), "the count covers every learner");
        // The newest link first: the last seeded learner.
        assertTrue(browser.rowTexts("learnersForm:learners").get(0).contains("受講者 9999"));

        Duration search = timed(() -> {
            browser.type("learnersForm:search", "じゅこうしゃ 00424").click("learnersForm:searchButton");
            browser.waitForText("1名中");
        });
        assertTrue(browser.text("learnersForm:learners").contains("受講者 424"));

        Duration export = timed(() -> {
            String body = browser.fetch("/mypage/linked-learners.csv").body();
            assertEquals(LEARNERS + 1, body.split("\r\n").length, "the header and every learner");
        });
        System.out.printf("連携者一覧 with %,d learners: first page %d ms, search %d ms, CSV export %d ms%n",
                LEARNERS, firstPage.toMillis(), search.toMillis(), export.toMillis());
        assertTrue(firstPage.compareTo(LIMIT) < 0, "first page in " + firstPage.toMillis() + " ms");
        assertTrue(search.compareTo(LIMIT) < 0, "search in " + search.toMillis() + " ms");
    }

    private static Duration timed(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }
}

package jp.mypage.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * アカウント一括登録 of 10,000 accounts through the real page: the preview and the import, timed.
 * On demand only ({@code ./mvnw verify -Dit.test=AccountImportScaleIT -Dit.measureImport=true}; the suite excludes it):
 * it queues 10,000 invitation mails, which would hold up every later test's mail in the same run.
 */
class AccountImportScaleIT extends PortalIT {

    private static final int ROWS = 10_000;

    @Test
    void tenThousandAccountsImportInSeconds() throws Exception {
        assumeTrue(Boolean.getBoolean("it.measureImport"), "on demand: -Dit.measureImport=true");
        String marker = "scale" + System.nanoTime();
        StringBuilder csv = new StringBuilder("\uFEFFアカウント種別(個人/法人),メールアドレス,氏名(法人は申込・管理担当者名),"
                + "氏名フリガナ,電話番号,法人名(個人は勤務先),法人名フリガナ(法人のみ),部署名,郵便番号(法人のみ),住所(法人のみ),言語(ja/en)\r\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("個人,").append(marker).append('.').append(i).append("@example.test,一括 ").append(i)
                    .append(",イッカツ タロウ,0312345678,,,,,,ja\r\n");
        }
        Path file = Files.createTempFile("accounts", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        OperatorSignIn.signInAnOperator(browser);
        browser.click("navImport");
        long start = System.nanoTime();
        browser.upload("importForm:file", file);
        browser.submit("importForm:upload");
        browser.waitForText("登録できる行 10,000件、問題のある行 0件");
        Duration preview = Duration.ofNanos(System.nanoTime() - start);

        browser.click("importForm:commit");
        browser.clickButtonWithText("はい");
        start = System.nanoTime();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofMinutes(5))
                .until(d -> d.getPageSource().contains("完了: 10,000 / 10,000行を処理"));
        Duration commit = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("アカウント一括登録 of %,d rows: upload and preview %d ms, import (commit to 完了, polled each second) %d ms%n",
                ROWS, preview.toMillis(), commit.toMillis());
        assertTrue(browser.pageSource().contains("作成 10,000件"));
        assertTrue(commit.compareTo(Duration.ofSeconds(30)) < 0, "imported in " + commit.toMillis() + " ms");
    }
}

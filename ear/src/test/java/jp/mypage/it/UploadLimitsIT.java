package jp.mypage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Uploads are limited while they arrive (UploadLimitFilter, the Faces servlet's multipart-config):
 * an account list or lesson file above its limit is answered before its body has arrived, the
 * operator sees the page again with the reason and no server error; a large lesson video within the
 * limit ({@code CONTENT_MAX_MB=64} in the tests) is stored.
 */
class UploadLimitsIT extends PortalIT {

    private static final String TOO_LARGE = "ファイルが大きすぎるため受け付けませんでした";

    /**
     * A form post above 1 MB (OversizedFormFilter) is answered 413 with a page in the language the
     * visitor chose, before anything reads it: here 1.5 MB posted to パスワード再設定 from the page, in
     * Japanese, then again after switching to English.
     */
    @Test
    void anOversizedFormPostIsAnswered413InTheChosenLanguage() {
        browser.open("/forgot-password");
        String post = "var x = new XMLHttpRequest(); x.open('POST', location.pathname, false);"
                + " x.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');"
                + " x.send('forgotForm%3Aemail=' + 'a'.repeat(1536 * 1024)); return x.status + ' ' + x.responseText;";
        String japanese = String.valueOf(browser.script(post));
        assertTrue(japanese.startsWith("413 ") && japanese.contains("送信内容が大きすぎます")
                && japanese.contains("lang=\"ja\""), japanese.substring(0, Math.min(300, japanese.length())));
        browser.click("headerForm:langEn");
        browser.element("headerForm:langJa");
        String english = String.valueOf(browser.script(post));
        assertTrue(english.startsWith("413 ") && english.contains("Too much was sent")
                && english.contains("lang=\"en\""), english.substring(0, Math.min(300, english.length())));
    }

    private void operatorLogIn() {
        OperatorSignIn.signInAnOperator(browser);
        browser.element("headerForm:logout");
    }

    @Test
    void anAccountListAnnouncedAsTooLargeIsRefusedBeforeItsBodyArrives() throws IOException {
        operatorLogIn();
        browser.open("/admin/import");
        String answer = postUnfinishedUpload(browser.attribute("importForm", "action"), "importForm",
                "importForm:file", 200L * 1024 * 1024);
        assertTrue(answer.startsWith("HTTP/1.1 303"), "answered 303 before the 200 MB arrived, got:\n" + answer);
        assertTrue(answer.contains("/admin/import"), "sent back to アカウント一括登録:\n" + answer);

        browser.open("/admin/import").waitForText(TOO_LARGE + "（5 MBまで）");
        assertEquals(200, browser.status(), browser.describe());
    }

    @Test
    void anAccountListALittleTooLargeIsRefusedInTheBrowserWithTheReason() throws IOException {
        operatorLogIn();
        browser.open("/admin/import");
        Path csv = Files.createTempFile("accounts-too-large", ".csv");
        byte[] line = "個人,tanaka@example.test,田中 太郎,タナカ タロウ,03-0000-0000,,\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(csv, StandardOpenOption.TRUNCATE_EXISTING)) {
            for (long written = 0; written < 6L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        browser.upload("importForm:file", csv);
        browser.submit("importForm:upload");
        browser.waitForText(TOO_LARGE + "（5 MBまで）");
        assertTrue(browser.status() < 500, "no server error: " + browser.describe());
        assertTrue(browser.exists("importForm:file"), "the upload form is there again");
        Files.delete(csv);
    }

    @Test
    void aLargeLessonVideoWithinTheLimitIsStoredAndOneAnnouncedAboveItIsRefused() throws IOException {
        String code = "U" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String[] ids = Browser.supportPost("seed/course?code=" + code + "&delivery=E_LEARNING&price=10000&capacity=10"
                + "&daysAhead=0&title=" + URLEncoder.encode("大容量動画研修 " + code, StandardCharsets.UTF_8)).split(" ");
        assertEquals("200", ids[0], "the course was seeded");
        String coursePage = "/admin/course?id=" + ids[1];

        // 40 MB: the test video followed by padding (a player reads the MP4's boxes; the store its first bytes).
        Path video = Path.of("target", "fixtures", "lesson-40mb.mp4");
        Files.copy(LearningFixtures.video(), video, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (OutputStream out = Files.newOutputStream(video, StandardOpenOption.APPEND)) {
            byte[] padding = new byte[1024 * 1024];
            for (int i = 0; i < 40; i++) {
                out.write(padding);
            }
        }
        operatorLogIn();
        browser.open(coursePage);
        browser.type("addLessonForm:newTitle", "第1章 大容量");
        browser.upload("addLessonForm:lessonFile", video);
        browser.submit("addLessonForm:addLesson");
        browser.waitForText("lesson-40mb.mp4");
        assertTrue(browser.status() < 500, browser.describe());

        String action = browser.attribute("addLessonForm", "action");
        assertTrue(action.contains("id=" + ids[1]), "the upload form posts to its course's address: " + action);
        String answer = postUnfinishedUpload(action, "addLessonForm", "addLessonForm:lessonFile", 100L * 1024 * 1024);
        assertTrue(answer.startsWith("HTTP/1.1 303"), "answered 303 before the 100 MB arrived, got:\n" + answer);
        assertTrue(answer.contains("/admin/course?id=" + ids[1]), "sent back to the course's page:\n" + answer);
        browser.open(coursePage).waitForText(TOO_LARGE + "（64 MBまで）");
        assertEquals(1, browser.rowTexts("lessonsForm:lessons").size(), "only the allowed lesson was added");
        assertFalse(browser.pageSource().contains("lesson-huge"), "nothing of the refused file was kept");
    }

    /**
     * Posts the form with this browser's session over a plain socket, announcing a file of
     * {@code announcedBytes} but sending only its first 256 KB, then waits up to 15 s for the answer:
     * a server that reads the whole body before deciding never answers.
     *
     * @return the answer's status line and headers
     */
    private String postUnfinishedUpload(String action, String formId, String fileField, long announcedBytes)
            throws IOException {
        String viewState = (String) browser.script("return document.querySelector('#" + formId.replace(":", "\\\\:")
                + " input[name=\"jakarta.faces.ViewState\"]').value;");
        String boundary = "----upload" + UUID.randomUUID().toString().replace("-", "");
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + formId + "\"\r\n\r\n" + formId + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"jakarta.faces.ViewState\"\r\n\r\n"
                + viewState + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"lesson-huge.mp4\"\r\nContent-Type: video/mp4\r\n\r\n";
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        URI target = URI.create(Browser.BASE).resolve(action.replace("&amp;", "&"));
        try (Socket socket = new Socket("localhost", 8080)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery())
                    + " HTTP/1.1\r\nHost: localhost:8080\r\nCookie: JSESSIONID=" + browser.sessionId()
                    + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                    + "\r\nContent-Length: " + (start.length + announcedBytes) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(start);
            out.write(new byte[256 * 1024]);
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            try {
                int b;
                while ((b = in.read()) >= 0) {
                    answer.append((char) b);
                    if (answer.toString().endsWith("\r\n\r\n")) {
                        break;
                    }
                }
            } catch (SocketTimeoutException e) {
                return "no answer within 15 s (" + answer + ")";
            }
            return answer.toString();
        }
    }
}

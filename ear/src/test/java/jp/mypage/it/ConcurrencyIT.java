package jp.mypage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What one person (a double click, a phone and a PC) or an attacker sends at the same moment:
 * requests prepared apart (each its own session and form) and posted together.
 */
class ConcurrencyIT extends PortalIT {

    private static final String GENERIC_REFUSAL = "メールアドレスまたはパスワードが正しくありません";

    @Test
    void simultaneousCorrectLoginsToOneAccountAllSucceed() throws Exception {
        String email = uniqueEmail("together");
        signUpPersonal(email, "同時 太郎");
        confirmByMail(email, 1);

        List<HttpResponse<String>> answers = postTogether(3, () -> loginForm(email, PASSWORD));

        for (HttpResponse<String> answer : answers) {
            assertEquals(302, answer.statusCode(), "every correct login succeeds (a redirect), got "
                    + answer.statusCode() + ": " + refusalOf(answer));
            assertTrue(answer.headers().firstValue("Location").orElse("").endsWith("/mypage/applications"),
                    "and lands on お申込み履歴一覧: " + answer.headers().firstValue("Location"));
        }
    }

    @Test
    void simultaneousCorrectOperatorLoginsAllSucceed() throws Exception {
        // an operator with an enrolled app and no code used yet (three are accepted at a time)
        String email = OperatorSignIn.newOperator();
        List<FormClient> clients = new ArrayList<>();
        List<HttpResponse<String>> passwords = postTogether(3, () -> {
            FormClient client = new FormClient();
            synchronized (clients) {
                clients.add(client);
            }
            return client.open("/admin/index", "loginForm")
                    .set("loginForm:email", email)
                    .set("loginForm:password", OperatorSignIn.POOL_PASSWORD)
                    .set("loginForm:login", "ログイン");
        });
        for (HttpResponse<String> answer : passwords) {
            assertEquals(302, answer.statusCode(), "every correct operator password passes, got "
                    + answer.statusCode() + ": " + refusalOf(answer));
            assertTrue(answer.headers().firstValue("Location").orElse("").endsWith("/admin/second-factor"),
                    "to the second step: " + answer.headers().firstValue("Location"));
        }

        // three devices, each with its own code (a code is accepted once), posted together
        Iterator<String> threeCodes = OperatorSignIn.nextCodes(email, 3).iterator();
        List<FormClient> codeForms = new ArrayList<>();
        for (FormClient client : clients) {
            codeForms.add(client.sameSession().open("/admin/second-factor", "codeForm")
                    .set("codeForm:code", threeCodes.next())
                    .set("codeForm:verify", "確認する"));
        }
        Iterator<FormClient> next = codeForms.iterator();
        List<HttpResponse<String>> codes = postTogether(3, () -> {
            synchronized (next) {
                return next.next();
            }
        });
        for (HttpResponse<String> answer : codes) {
            assertEquals(302, answer.statusCode(), "every correct code passes, got " + answer.statusCode() + ": "
                    + refusalOf(answer));
            assertTrue(answer.headers().firstValue("Location").orElse("").endsWith("/admin/applications"),
                    "into the console: " + answer.headers().firstValue("Location"));
        }
    }

    @Test
    void simultaneousWrongPasswordsEachCountOnce() throws Exception {
        String email = uniqueEmail("wrongtogether");
        signUpPersonal(email, "誤り 太郎");
        confirmByMail(email, 1);

        List<HttpResponse<String>> answers = postTogether(3, () -> loginForm(email, "not the password at all"));

        for (HttpResponse<String> answer : answers) {
            assertEquals(200, answer.statusCode(), "a wrong password is refused on the form, not with an error page");
            assertTrue(answer.body().contains(GENERIC_REFUSAL), "with the generic message: " + refusalOf(answer));
        }
        assertTrue(loginForm(email, PASSWORD).post().body().contains(GENERIC_REFUSAL),
                "three counted failures lock the account: the right password is refused too");
        Browser.moveClock(Duration.ofSeconds(31));
        assertEquals(302, loginForm(email, PASSWORD).post().statusCode(),
                "the lock is the third failure's 30 seconds (a fourth count would lock for 60)");
    }

    @Test
    void simultaneousResetRequestsForOneAddressMailOnce() throws Exception {
        String email = uniqueEmail("resettogether");
        signUpPersonal(email, "再設定 太郎");
        confirmByMail(email, 1);

        List<HttpResponse<String>> answers = postTogether(20, () -> new FormClient().open("/forgot-password", "forgotForm")
                .set("forgotForm:type", "PERSONAL")
                .set("forgotForm:email", email)
                .set("forgotForm:send", "送信"));

        for (HttpResponse<String> answer : answers) {
            assertEquals(200, answer.statusCode(), "every request gets the form's answer");
            assertTrue(answer.body().contains("パスワード再設定用のメールを送信しました"),
                    "the same answer, throttled or not: " + refusalOf(answer));
        }
        Mailbox.awaitMail(email, 2);
        Thread.sleep(5000);
        assertEquals(1, Mailbox.mailsTo(email).stream().filter(mail -> mail.body().contains("/reset-password?token="))
                .count(), "exactly one reset mail leaves for 20 simultaneous requests");
    }

    private static FormClient loginForm(String email, String password) {
        return new FormClient().open("/index", "loginForm")
                .set("loginForm:type", "PERSONAL")
                .set("loginForm:email", email)
                .set("loginForm:password", password)
                .set("loginForm:login", "ログイン");
    }

    /** Prepares each form apart, then posts them all at once; the answers in order. */
    static List<HttpResponse<String>> postTogether(int count, Supplier<FormClient> form) throws Exception {
        List<FormClient> forms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            forms.add(form.get());
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<HttpResponse<String>>> posts = new ArrayList<>();
            for (FormClient client : forms) {
                posts.add(pool.submit(() -> {
                    start.await();
                    return client.post();
                }));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> post : posts) {
                answers.add(post.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** What the page said, for an assertion message. */
    private static String refusalOf(HttpResponse<String> answer) {
        String body = answer.body();
        int messages = body.indexOf("class=\"messages\"");
        return messages < 0 ? body.substring(0, Math.min(body.length(), 300))
                : body.substring(messages, Math.min(body.length(), messages + 300));
    }
}

package jp.mypage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a signed-in session costs the server's heap: learners sign in and open their four pages, then
 * sixteen more, the heap in use is compared after full collections (test-support {@code heap}), then
 * they log out and the heap gives the memory back. A first round is not counted: the first pages a
 * server renders fill its caches (classes' metadata, Faces' and EclipseLink's), about four times a session.
 */
class SessionMemoryIT extends PortalIT {

    private static final List<String> PAGES = List.of("/mypage/applications", "/mypage/trainings",
            "/mypage/my-trainings", "/mypage/history");
    private static final int WARM_UP = 30;
    private static final int SESSIONS = 100;
    /** 198.51.100.0/24 (TEST-NET-2): sources no other test uses, one per learner. */
    private static int nextSource;

    @Test
    void aSignedInLearnersSessionHoldsTensOfKibibytesAndLoggingOutGivesThemBack() {
        String prefix = "mem" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals("200 " + (WARM_UP + SESSIONS), Browser.supportPost("seed/learners?prefix=" + prefix + "&count="
                + (WARM_UP + SESSIONS) + "&password=" + PASSWORD.replace(" ", "%20")));
        for (FormClient warm : signIn(prefix, 0, WARM_UP)) {
            logOut(warm);
        }

        long before = heap();
        List<FormClient> learners = signIn(prefix, WARM_UP, SESSIONS);
        long signedIn = heap();
        for (FormClient learner : learners) {
            for (int round = 0; round < 4; round++) {
                for (String page : PAGES) {
                    assertEquals(200, learner.get(page).statusCode(), page);
                }
            }
        }
        long twentyPages = heap();
        for (FormClient learner : learners) {
            logOut(learner);
        }
        long after = heap();

        double perSession = (signedIn - before) / 1024.0 / SESSIONS;
        double perSessionOfTwenty = (twentyPages - before) / 1024.0 / SESSIONS;
        double givenBack = (twentyPages - after) / 1024.0 / SESSIONS;
        System.out.printf("SessionMemoryIT: %d learners signed in, %d pages each: heap in use %.1f MB -> %.1f MB,"
                + " %.1f KiB per session; after 16 more pages each (20 views; Mojarra keeps at most 15 logical views"
                + " a session by default) %.1f MB, %.1f KiB per session; after they logged out %.1f MB (%.1f KiB per"
                + " session given back)%n", SESSIONS, PAGES.size(), before / 1048576.0, signedIn / 1048576.0,
                perSession, twentyPages / 1048576.0, perSessionOfTwenty, after / 1048576.0, givenBack);
        assertTrue(perSession > 2, "the sessions are measured at all (views and beans held): " + perSession);
        assertTrue(perSession < 128, "a signed-in session with four pages holds less than 128 KiB: " + perSession);
        assertTrue(perSessionOfTwenty < 512, "a session that opened twenty pages holds less than 512 KiB: "
                + perSessionOfTwenty);
        assertTrue(givenBack > 0.5 * perSessionOfTwenty, "logging out gives back what the session held (" + givenBack
                + " of " + perSessionOfTwenty + " KiB)");
    }

    private static List<FormClient> signIn(String prefix, int from, int count) {
        List<FormClient> clients = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            int source = nextSource++;
            FormClient learner = new FormClient().header("X-Forwarded-For", "198.51.100." + (1 + source % 254));
            HttpResponse<String> login = learner.open("/index", "loginForm")
                    .set("loginForm:type", "PERSONAL")
                    .set("loginForm:email", prefix + "-" + i + "@example.test")
                    .set("loginForm:password", PASSWORD)
                    .set("loginForm:login", "ログイン")
                    .post();
            assertEquals(302, login.statusCode(), "learner " + i + " signs in");
            for (String page : PAGES) {
                assertEquals(200, learner.get(page).statusCode(), page);
            }
            clients.add(learner);
        }
        return clients;
    }

    private static void logOut(FormClient learner) {
        HttpResponse<String> answer = learner.open("/mypage/applications", "headerForm")
                .set("headerForm:logout", "ログアウト").post();
        assertEquals(302, answer.statusCode(), "ログアウト");
        assertEquals(302, learner.get("/mypage/applications").statusCode(), "signed out: sent to the login page");
    }

    private static long heap() {
        String[] answer = Browser.supportPost("heap").split(" ");
        assertEquals("200", answer[0], "the server tells its heap");
        return Long.parseLong(answer[1].strip());
    }
}

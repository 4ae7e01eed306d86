package jp.mypage.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginContinuationTest {

    @Test
    void continuesToAPageOfTheSameArea() {
        assertEquals(Optional.of("/mypage/settings"), LoginContinuation.target("/mypage/settings", "/mypage/"));
        assertEquals(Optional.of("/admin/application?id=12"), LoginContinuation.target("/admin/application?id=12", "/admin/"));
    }

    @Test
    void refusesAnythingElse() {
        for (String bad : new String[] {null, "", "https://evil.example/", "//evil.example/mypage/", "/admin/applications",
            "/mypage//evil.example", "/mypage/\\evil", "/mypage/../admin/", "/mypage/x\r\nSet-Cookie: a=b"}) {
            assertTrue(LoginContinuation.target(bad, "/mypage/").isEmpty(), String.valueOf(bad));
        }
        assertTrue(LoginContinuation.target("/mypage/settings", "/admin/").isEmpty(), "a learner's page is not the console's");
    }
}

package jp.mypage.it.support.guard;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Test-only: {@code /test-guard/guard/…} inside the portal's web module (see {@link GuardResource}). */
@ApplicationPath("test-guard")
public class GuardApplication extends Application {
}

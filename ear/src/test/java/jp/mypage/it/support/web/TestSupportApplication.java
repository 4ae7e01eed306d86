package jp.mypage.it.support.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Test-only REST endpoints, deployed as the module {@code test-support.war} beside the portal. */
@ApplicationPath("api")
public class TestSupportApplication extends Application {
}

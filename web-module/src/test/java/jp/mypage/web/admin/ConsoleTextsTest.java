package jp.mypage.web.admin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import jp.mypage.domain.training.Course;
import jp.mypage.domain.training.SessionStatus;
import jp.mypage.web.i18n.Messages;
import org.junit.jupiter.api.Test;

/** 研修管理 names every session status and every tax rate a course may have, in Japanese and English. */
class ConsoleTextsTest {

    @Test
    void everySessionStatusAndTaxRateHasAText() {
        for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            Stream.concat(Stream.of(SessionStatus.values()).map(s -> "adminSession.status." + s.name()),
                    Course.TAX_RATES.stream().map(rate -> "adminCourse.taxRate." + rate))
                    .forEach(key -> assertTrue(bundle.containsKey(key), key + " missing in " + locale));
        }
    }
}

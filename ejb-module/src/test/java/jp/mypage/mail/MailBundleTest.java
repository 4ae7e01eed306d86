package jp.mypage.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import jp.mypage.domain.account.AccountType;
import org.junit.jupiter.api.Test;

class MailBundleTest {

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(MailOutbox.BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void japaneseAndEnglishHaveTheSameKeys() {
        Set<String> ja = bundle(Locale.JAPANESE).keySet();
        Set<String> en = bundle(Locale.ENGLISH).keySet();
        assertEquals(ja, en, "every mail text exists in both languages");
    }

    @Test
    void everyTemplateAndAccountTypeHasItsTexts() {
        for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
            ResourceBundle bundle = bundle(locale);
            for (MailTemplate template : MailTemplate.values()) {
                String body = new MessageFormat(bundle.getString(template.bodyKey()), locale)
                        .format(new Object[] {"NAME", "https://example.test/LINK", "X", "TYPE", "Y"});
                if (template.hasLink()) {
                    assertTrue(body.contains("https://example.test/LINK"), template + " shows its link in " + locale);
                }
                assertTrue(body.contains("NAME"), template + " addresses its recipient in " + locale);
                assertTrue(bundle.containsKey(template.subjectKey()), template + " has a subject in " + locale);
            }
            for (AccountType type : AccountType.values()) {
                assertTrue(bundle.containsKey("accountType." + type.name()), type + " has a name in " + locale);
            }
        }
    }
}

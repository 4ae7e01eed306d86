package jp.mypage.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import jp.mypage.invoice.InvoiceDocument.Kind;
import org.junit.jupiter.api.Test;

class InvoiceBundleTest {

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(InvoiceXhtml.BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void japaneseAndEnglishHaveTheSameKeys() {
        assertEquals(bundle(Locale.JAPANESE).keySet(), bundle(Locale.ENGLISH).keySet(),
                "every invoice text exists in both languages");
    }

    @Test
    void baseBundleIsEmpty() {
        assertTrue(bundle(Locale.ROOT).keySet().isEmpty(), "no lookup falls back to a language-less text");
    }

    @Test
    void everyKindHasItsTitleAndNumberLabel() {
        for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
            for (Kind kind : Kind.values()) {
                assertTrue(bundle(locale).containsKey("title." + kind), kind + " has a title in " + locale);
                assertTrue(bundle(locale).containsKey("number." + kind), kind + " has a number label in " + locale);
            }
        }
    }
}

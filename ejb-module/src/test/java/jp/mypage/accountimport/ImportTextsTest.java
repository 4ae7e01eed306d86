package jp.mypage.accountimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import jp.mypage.domain.accountimport.ImportColumn;
import jp.mypage.domain.accountimport.ImportProblem;
import jp.mypage.domain.accountimport.ImportRowProblem;
import jp.mypage.domain.accountimport.ImportRowResult;
import org.junit.jupiter.api.Test;

class ImportTextsTest {

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(ImportTexts.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void japaneseAndEnglishHaveTheSameKeys() {
        assertEquals(bundle(Locale.JAPANESE).keySet(), bundle(Locale.ENGLISH).keySet(), "every text exists in both languages");
    }

    @Test
    void everyColumnProblemAndResultHasItsText() {
        for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
            ResourceBundle bundle = bundle(locale);
            Stream.of(Stream.of(ImportColumn.values()).map(c -> "column." + c.name()),
                            Stream.of(ImportProblem.values()).map(p -> "problem." + p.name()),
                            Stream.of(ImportRowResult.values()).map(r -> "result." + r.name()))
                    .flatMap(keys -> keys)
                    .forEach(key -> assertTrue(bundle.containsKey(key), key + " missing in " + locale));
        }
    }

    @Test
    void describesAProblemWithItsColumnAndArguments() {
        assertEquals("氏名(法人は申込・管理担当者名): 100文字以内で入力してください。",
                ImportTexts.describe(ImportRowProblem.of(ImportColumn.NAME, ImportProblem.TOO_LONG, 100), Locale.JAPANESE));
        assertEquals("Row 2 has the same type and email address. Put each account on one row only.",
                ImportTexts.describe(ImportRowProblem.of(ImportColumn.EMAIL, ImportProblem.DUPLICATE_IN_FILE, 2), Locale.ENGLISH)
                        .substring("Email address: ".length()));
        assertEquals(ImportTexts.describe(ImportRowProblem.ofRow(ImportProblem.COLUMN_COUNT, 11, 9), Locale.JAPANESE),
                ImportTexts.describe(ImportRowProblem.ofRow(ImportProblem.COLUMN_COUNT, 11, 9), Locale.CHINESE),
                "an unsupported language gets Japanese, never the server's default");
    }
}

package jp.mypage.accountimport;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.mypage.domain.accountimport.ImportColumn;
import jp.mypage.domain.accountimport.ImportRowProblem;
import jp.mypage.domain.accountimport.ImportRowResult;

/**
 * The words of account lists and their reports, in Japanese and English: column headers, row
 * problems and row results (bundle {@code jp/mypage/accountimport/csv_ja.properties} and
 * {@code csv_en.properties}). The files are written on the server, so their texts live here; the
 * preview page shows a row's problems with {@link #describe}.
 */
public final class ImportTexts {

    static final String BUNDLE = "jp.mypage.accountimport.csv";

    private ImportTexts() {
    }

    /** The header of a column, as the template writes it. */
    public static String column(ImportColumn column, Locale locale) {
        return bundle(locale).getString("column." + column.name());
    }

    /** A row problem as one sentence, led by its column: {@code メールアドレス: 形式が正しくありません。} */
    public static String describe(ImportRowProblem problem, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        String text = new MessageFormat(bundle.getString("problem." + problem.problem().name()), bundle.getLocale())
                .format(problem.arguments().toArray());
        return problem.column()
                .map(column -> new MessageFormat(bundle.getString("problem.inColumn"), bundle.getLocale())
                        .format(new Object[] {bundle.getString("column." + column.name()), text}))
                .orElse(text);
    }

    public static String result(ImportRowResult result, Locale locale) {
        return bundle(locale).getString("result." + result.name());
    }

    static String text(String key, Locale locale) {
        return bundle(locale).getString(key);
    }

    /** Japanese unless English is asked for: never the server's default locale. */
    static ResourceBundle bundle(Locale locale) {
        Locale supported = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.JAPANESE;
        return ResourceBundle.getBundle(BUNDLE, supported, ImportTexts.class.getClassLoader());
    }
}

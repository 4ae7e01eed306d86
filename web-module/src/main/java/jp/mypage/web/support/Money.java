package jp.mypage.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import jp.mypage.web.i18n.LocaleBacking;
import jp.mypage.web.i18n.Messages;

/** Yen as the pages write them, in the page's language: {@code #{money.yen(order.total)}} → 12,100円 or ¥12,100. */
@Named
@ApplicationScoped
public class Money {

    @Inject
    private LocaleBacking locale;

    public String yen(BigDecimal amount) {
        return amount == null ? "" : yen(locale.getLocale(), amount);
    }

    /** For responses that are not Faces pages (CSV). */
    public static String yen(Locale locale, BigDecimal amount) {
        return new MessageFormat(Messages.text(locale, "money.pattern"), locale).format(new Object[] {amount});
    }
}

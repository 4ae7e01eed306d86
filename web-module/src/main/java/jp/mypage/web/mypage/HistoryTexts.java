package jp.mypage.web.mypage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jp.mypage.history.HistoryRow;
import jp.mypage.web.i18n.Messages;
import jp.mypage.web.support.DateTimes;

/**
 * How a 受講履歴 row reads, the same on the page and in its CSV and Excel exports, so that an
 * export's rows equal the table's: 開催日 or 受講期間, 進捗 in percent, 状態, 修了日.
 */
@Named
@ApplicationScoped
public class HistoryTexts {

    @Inject
    private DateTimes dateTimes;

    /** A session's date and time, or the end of a 動画配信 seat's 受講期間 (「2026-12-31まで」). */
    public String schedule(HistoryRow row, Locale locale) {
        if (row.startsAt() != null) {
            return dateTimes.period(row.startsAt(), row.endsAt());
        }
        return row.accessEndsAt() == null ? "" : Messages.text(locale, "history.accessUntil", dateTimes.date(row.accessEndsAt()));
    }

    public String progress(HistoryRow row) {
        return row.progressPercent() + "%";
    }

    public String status(HistoryRow row, Locale locale) {
        return Messages.text(locale, "history.state." + row.status().name());
    }

    public String delivery(HistoryRow row, Locale locale) {
        return Messages.text(locale, "delivery." + row.delivery().name());
    }

    /** The export's header, in the table's column order. */
    public List<String> header(Locale locale) {
        return Arrays.asList(Messages.text(locale, "history.learner"), Messages.text(locale, "field.nameKana"),
                Messages.text(locale, "history.department"), Messages.text(locale, "history.course"),
                Messages.text(locale, "training.delivery"), Messages.text(locale, "history.schedule"),
                Messages.text(locale, "history.progress"), Messages.text(locale, "history.status"),
                Messages.text(locale, "history.completedOn"));
    }

    /** One exported row, as the table shows it. */
    public List<String> fields(HistoryRow row, Locale locale) {
        return Arrays.asList(row.learnerName(), row.learnerKana(), row.department(), row.courseTitle(),
                delivery(row, locale), schedule(row, locale), progress(row), status(row, locale),
                dateTimes.date(row.completedAt()));
    }
}

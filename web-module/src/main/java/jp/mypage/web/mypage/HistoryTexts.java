package jp.mypage.web.mypage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import jp.mypage.domain.learning.LearningStatus;
import jp.mypage.domain.training.DeliveryType;
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
        return Messages.text(locale, "learningStatus." + row.status().name());
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

    /**
     * How an exported row reads in this language, with every label looked up now: the rows are
     * formatted inside the service's call, where the web module's bundles are not on the class path.
     */
    public Function<HistoryRow, List<String>> fields(Locale locale) {
        Map<LearningStatus, String> statuses = new EnumMap<>(LearningStatus.class);
        for (LearningStatus status : LearningStatus.values()) {
            statuses.put(status, Messages.text(locale, "learningStatus." + status.name()));
        }
        Map<DeliveryType, String> deliveries = new EnumMap<>(DeliveryType.class);
        for (DeliveryType delivery : DeliveryType.values()) {
            deliveries.put(delivery, Messages.text(locale, "delivery." + delivery.name()));
        }
        MessageFormat until = new MessageFormat(Messages.text(locale, "history.accessUntil"), locale);
        return row -> Arrays.asList(row.learnerName(), row.learnerKana(), row.department(), row.courseTitle(),
                deliveries.get(row.delivery()),
                row.startsAt() != null ? dateTimes.period(row.startsAt(), row.endsAt())
                        : row.accessEndsAt() == null ? "" : until.format(new Object[] {dateTimes.date(row.accessEndsAt())}),
                progress(row), statuses.get(row.status()), dateTimes.date(row.completedAt()));
    }
}

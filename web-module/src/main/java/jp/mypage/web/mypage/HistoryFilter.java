package jp.mypage.web.mypage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import jp.mypage.domain.learning.LearningStatus;
import jp.mypage.history.HistoryQuery;
import jp.mypage.history.HistorySort;

/**
 * A {@link HistoryQuery} as the parameters of an export link, and back: the export of 受講履歴
 * repeats exactly the filters and the order the table shows. A parameter that does not parse is
 * left out (no filter), never an error page.
 */
final class HistoryFilter {

    private HistoryFilter() {
    }

    static String queryString(HistoryQuery query) {
        return "q=" + encode(query.learner()) + "&learner=" + text(query.learnerId()) + "&dept=" + encode(query.department())
                + "&course=" + text(query.courseId()) + "&from=" + text(query.from()) + "&to=" + text(query.to())
                + "&status=" + (query.status() == null ? "" : query.status().name()) + "&sort=" + query.sort().name()
                + "&asc=" + query.ascending();
    }

    /** The query of these parameters (as {@link #queryString} writes them). */
    static HistoryQuery parse(Function<String, String> parameter) {
        return new HistoryQuery(parameter.apply("q"), number(parameter.apply("learner")), parameter.apply("dept"),
                number(parameter.apply("course")), day(parameter.apply("from")), day(parameter.apply("to")),
                constant(LearningStatus.class, parameter.apply("status")), constant(HistorySort.class, parameter.apply("sort")),
                Boolean.parseBoolean(parameter.apply("asc")));
    }

    static Long number(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate day(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String text) {
        try {
            return text == null || text.isBlank() ? null : Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }
}

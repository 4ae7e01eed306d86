package jp.mypage.web.mypage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import jp.mypage.domain.learning.LearningStatus;
import jp.mypage.history.HistoryQuery;
import jp.mypage.history.HistorySort;
import org.junit.jupiter.api.Test;

class HistoryFilterTest {

    private static Map<String, String> parameters(String queryString) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : queryString.split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(parts[0], URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8));
        }
        return parameters;
    }

    @Test
    void theExportLinkCarriesEveryFilterAndTheOrder() {
        HistoryQuery shown = new HistoryQuery("やまだ & 100%", 42L, "営業部", 7L, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 9, 30), LearningStatus.EXPIRED, HistorySort.PROGRESS, true);
        assertEquals(shown, HistoryFilter.parse(parameters(HistoryFilter.queryString(shown))::get));
        assertEquals(HistoryQuery.all(), HistoryFilter.parse(parameters(HistoryFilter.queryString(HistoryQuery.all()))::get));
    }

    @Test
    void parametersThatDoNotParseFilterNothing() {
        Map<String, String> nonsense = Map.of("learner", "abc", "course", "1e9", "from", "yesterday", "to", "2026-13-45",
                "status", "DROP TABLE", "sort", "';--", "asc", "maybe");
        assertEquals(HistoryQuery.all(), HistoryFilter.parse(nonsense::get));
    }
}

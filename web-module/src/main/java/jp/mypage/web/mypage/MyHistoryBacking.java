package jp.mypage.web.mypage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import jp.mypage.history.HistoryQuery;
import jp.mypage.history.HistoryRow;
import jp.mypage.history.HistorySort;
import jp.mypage.history.LearningHistoryService;
import jp.mypage.web.security.SignedInAccount;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * 受講履歴 of a learner, {@code /mypage/history}: every seat they hold, whoever paid, with its
 * progress, 状態 and 修了証; sorted and paged in the database.
 */
@Named
@ViewScoped
public class MyHistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, HistorySort> SORTS = Map.of("course", HistorySort.COURSE, "delivery",
            HistorySort.DELIVERY, "schedule", HistorySort.SCHEDULE, "progress", HistorySort.PROGRESS, "status",
            HistorySort.STATUS, "completedAt", HistorySort.COMPLETED_AT);

    @Inject
    private LearningHistoryService history;

    @Inject
    private SignedInAccount signedIn;

    private HistoryQuery query = HistoryQuery.all();

    private final LazyDataModel<HistoryRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) history.countMyHistory(query);
        }

        @Override
        public List<HistoryRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            query = sortBy.values().stream().findFirst()
                    .filter(sort -> SORTS.containsKey(sort.getField()) && sort.getOrder() != SortOrder.UNSORTED)
                    .map(sort -> query.sorted(SORTS.get(sort.getField()), sort.getOrder() == SortOrder.ASCENDING))
                    .orElseGet(() -> query.sorted(HistorySort.SCHEDULE, false));
            return history.myHistory(query, first, pageSize);
        }

        @Override
        public String getRowKey(HistoryRow row) {
            return String.valueOf(row.seatId());
        }
    };

    /** The page's view action: a company's history is its own page. */
    public String load() {
        return signedIn.isCorporate() ? "/mypage/learning-history?faces-redirect=true" : null;
    }

    public LazyDataModel<HistoryRow> getRows() {
        return rows;
    }
}

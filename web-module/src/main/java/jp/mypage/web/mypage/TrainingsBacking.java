package jp.mypage.web.mypage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.mypage.domain.training.DeliveryType;
import jp.mypage.training.CatalogueQuery;
import jp.mypage.training.CourseSummary;
import jp.mypage.training.TrainingCatalogue;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** 研修一覧, {@code /mypage/trainings}: published trainings that take applications, searched and paged in the database. */
@Named
@ViewScoped
public class TrainingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MONTHS_AHEAD = 12;

    @Inject
    private TrainingCatalogue catalogue;

    private String search;
    private DeliveryType delivery;
    private YearMonth month;
    private CatalogueQuery query = CatalogueQuery.all();

    private final LazyDataModel<CourseSummary> trainings = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return catalogue.countTrainings(query);
        }

        @Override
        public List<CourseSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return catalogue.trainings(query, first, pageSize);
        }

        @Override
        public String getRowKey(CourseSummary course) {
            return String.valueOf(course.id());
        }
    };

    public void applySearch() {
        query = new CatalogueQuery(search, delivery, month);
    }

    /** This month and the next eleven, in Japan. */
    public List<YearMonth> getMonths() {
        YearMonth now = YearMonth.now(ZoneId.of("Asia/Tokyo"));
        return Stream.iterate(now, m -> m.plusMonths(1)).limit(MONTHS_AHEAD).toList();
    }

    public LazyDataModel<CourseSummary> getTrainings() {
        return trainings;
    }

    public DeliveryType[] getDeliveries() {
        return DeliveryType.values();
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public DeliveryType getDelivery() {
        return delivery;
    }

    public void setDelivery(DeliveryType delivery) {
        this.delivery = delivery;
    }

    public String getMonth() {
        return month == null ? null : month.toString();
    }

    /** {@code 2026-12}; anything else means every month. */
    public void setMonth(String value) {
        try {
            this.month = value == null || value.isBlank() ? null : YearMonth.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            this.month = null;
        }
    }
}

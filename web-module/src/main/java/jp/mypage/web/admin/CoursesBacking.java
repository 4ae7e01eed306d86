package jp.mypage.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import jp.mypage.domain.training.DeliveryType;
import jp.mypage.training.CatalogueQuery;
import jp.mypage.training.CatalogueService;
import jp.mypage.training.CourseSummary;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * 研修管理, {@code /admin/courses}: every course, published or not, searched by title and code and
 * paged in the database, with its price before and after tax and its sessions still ahead.
 */
@Named
@ViewScoped
public class CoursesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogueService catalogue;

    private String text;
    private DeliveryType delivery;

    private final LazyDataModel<CourseSummary> courses = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return catalogue.countCourses(query());
        }

        @Override
        public List<CourseSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return catalogue.courses(query(), first, pageSize);
        }

        @Override
        public String getRowKey(CourseSummary row) {
            return String.valueOf(row.id());
        }
    };

    private CatalogueQuery query() {
        return new CatalogueQuery(text, delivery, null);
    }

    /** 検索: the search applies from the first page. */
    public void search() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(":coursesForm:courses") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public LazyDataModel<CourseSummary> getCourses() {
        return courses;
    }

    public DeliveryType[] getDeliveries() {
        return DeliveryType.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public DeliveryType getDelivery() {
        return delivery;
    }

    public void setDelivery(DeliveryType delivery) {
        this.delivery = delivery;
    }
}

package jp.mypage.web.mypage;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.mypage.domain.learning.LearningStatus;
import jp.mypage.history.CourseCompletion;
import jp.mypage.history.HistoryQuery;
import jp.mypage.history.HistoryRow;
import jp.mypage.history.HistorySort;
import jp.mypage.history.LearningHistoryService;
import jp.mypage.history.MonthlyCompletions;
import jp.mypage.web.i18n.Messages;
import jp.mypage.web.security.SignedInAccount;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.event.data.SortEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * 受講履歴 of a company's learners, {@code /mypage/learning-history}: filtered (learner, 部署, 研修,
 * period, 状態), sorted and paged in the database; one learner's rows ({@code ?learner=<id>}, looked
 * up within the company's bound); 修了率 per course and 修了 per month, as tables and as charts; CSV
 * and Excel of exactly what the table shows.
 */
@Named
@ViewScoped
public class LearningHistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, HistorySort> SORTS = Map.of("learner", HistorySort.LEARNER, "department",
            HistorySort.DEPARTMENT, "course", HistorySort.COURSE, "delivery", HistorySort.DELIVERY, "schedule",
            HistorySort.SCHEDULE, "progress", HistorySort.PROGRESS, "status", HistorySort.STATUS, "completedAt",
            HistorySort.COMPLETED_AT);

    @Inject
    private LearningHistoryService history;

    @Inject
    private SignedInAccount signedIn;

    private String learner;
    private Long learnerId;
    private HistoryRow learnerShown;
    private String department;
    private Long courseId;
    private LocalDate from;
    private LocalDate to;
    private LearningStatus status;
    private HistoryQuery query = HistoryQuery.all();
    private Map<Long, String> courses;
    private List<String> departments;
    private List<CourseCompletion> byCourse;
    private List<MonthlyCompletions> byMonth;
    /** The filters the count below belongs to: paging and sorting do not count again. */
    private HistoryQuery counted;
    private int count;

    private final LazyDataModel<HistoryRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            HistoryQuery filters = query.sorted(HistorySort.SCHEDULE, false);
            if (!filters.equals(counted)) {
                count = (int) history.countMyLearnersHistory(filters);
                counted = filters;
            }
            return count;
        }

        @Override
        public List<HistoryRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            query = sorted(query, sortBy);
            return history.myLearnersHistory(query, first, pageSize);
        }

        @Override
        public String getRowKey(HistoryRow row) {
            return String.valueOf(row.seatId());
        }
    };

    /** The page's view action: the per-learner view when {@code ?learner=} names one of the company's learners. */
    public String load() {
        if (!signedIn.isCorporate()) {
            return "/mypage/history?faces-redirect=true";
        }
        if (courses != null) {
            return null;
        }
        courses = history.myHistoryCourses();
        departments = history.myHistoryDepartments();
        String requested = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("learner");
        if (requested != null) {
            learnerId = HistoryFilter.number(requested);
            learnerShown = Optional.ofNullable(learnerId).flatMap(history::findMyHistoryLearner).orElse(null);
            if (learnerShown == null) {
                // Nobody of the company's: the bounded query would find nothing anyway; say so.
                learnerId = -1L;
                Messages.error("history.learnerNotFound");
            }
        }
        query = current(query.sort(), query.ascending());
        summarise();
        return null;
    }

    /** 検索: the table shows the first page of what matches; the summaries follow the filters. */
    public void applyFilter() {
        if (from != null && to != null && from.isAfter(to)) {
            Messages.error("history.periodReversed");
            return;
        }
        query = current(query.sort(), query.ascending());
        counted = null;
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(":historyForm:history") instanceof DataTable table) {
            table.setFirst(0);
        }
        summarise();
    }

    /** クリア: every filter off (the per-learner view stays on its learner). */
    public void clearFilter() {
        learner = null;
        department = null;
        courseId = null;
        from = null;
        to = null;
        status = null;
        applyFilter();
    }

    /** A column header was clicked: the export links follow the new order (they render before the table loads). */
    public void sorted(SortEvent event) {
        query = sorted(query, event.getSortBy());
    }

    private void summarise() {
        byCourse = history.myLearnersCompletionByCourse(query);
        byMonth = history.myLearnersCompletionsByMonth(query);
    }

    private HistoryQuery current(HistorySort sort, boolean ascending) {
        return new HistoryQuery(learner, learnerId, department, courseId, from, to, status, sort, ascending);
    }

    private static HistoryQuery sorted(HistoryQuery query, Map<String, SortMeta> sortBy) {
        return sortBy.values().stream().findFirst()
                .filter(sort -> SORTS.containsKey(sort.getField()) && sort.getOrder() != SortOrder.UNSORTED)
                .map(sort -> query.sorted(SORTS.get(sort.getField()), sort.getOrder() == SortOrder.ASCENDING))
                .orElseGet(() -> query.sorted(HistorySort.SCHEDULE, false));
    }

    public String getExportQuery() {
        return HistoryFilter.queryString(query);
    }

    /** Chart.js configuration of 修了率 per course (p:chart); the table beside it is its text alternative. */
    public String getCourseChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (CourseCompletion course : byCourse) {
            labels.add(course.title());
            values.add(course.completionPercent());
        }
        return barChart(labels, values, Messages.text("history.completionRate"), 100);
    }

    /** Chart.js configuration of 修了 per month (p:chart); the table beside it is its text alternative. */
    public String getMonthChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (MonthlyCompletions month : byMonth) {
            labels.add(month.month().toString());
            values.add(month.completions());
        }
        return barChart(labels, values, Messages.text("history.completions"), null);
    }

    private static String barChart(JsonArrayBuilder labels, JsonArrayBuilder values, String label, Integer max) {
        var y = Json.createObjectBuilder().add("beginAtZero", true);
        if (max != null) {
            y.add("max", max);
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", label).add("data", values).add("backgroundColor", "#1d5fa8"))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", y)))
                .build().toString();
    }

    /** The text alternative of the course chart, for its aria-label. */
    public String getCourseChartSummary() {
        StringBuilder text = new StringBuilder(Messages.text("history.byCourseHeading"));
        byCourse.forEach(c -> text.append("; ").append(c.title()).append(' ').append(c.completionPercent()).append('%'));
        return text.toString();
    }

    public String getMonthChartSummary() {
        StringBuilder text = new StringBuilder(Messages.text("history.byMonthHeading"));
        byMonth.forEach(m -> text.append("; ").append(m.month()).append(' ').append(m.completions()));
        return text.toString();
    }

    public LazyDataModel<HistoryRow> getRows() {
        return rows;
    }

    public Map<Long, String> getCourses() {
        return courses;
    }

    public List<String> getDepartments() {
        return departments;
    }

    public List<CourseCompletion> getByCourse() {
        return byCourse;
    }

    public List<MonthlyCompletions> getByMonth() {
        return byMonth;
    }

    public LearningStatus[] getStatuses() {
        return LearningStatus.values();
    }

    public HistoryRow getLearnerShown() {
        return learnerShown;
    }

    public boolean isPerLearner() {
        return learnerId != null;
    }

    public String getLearner() {
        return learner;
    }

    public void setLearner(String learner) {
        this.learner = learner;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public LearningStatus getStatus() {
        return status;
    }

    public void setStatus(LearningStatus status) {
        this.status = status;
    }
}

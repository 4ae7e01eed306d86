package jp.mypage.web.mypage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.mypage.common.BusinessException;
import jp.mypage.linking.LearnerQuery;
import jp.mypage.linking.LearnerSort;
import jp.mypage.linking.LinkedLearner;
import jp.mypage.linking.LinkingService;
import jp.mypage.order.OrderPlaced;
import jp.mypage.order.OrderQuote;
import jp.mypage.order.OrderRequest;
import jp.mypage.order.OrderService;
import jp.mypage.domain.order.TrainingOrder;
import jp.mypage.web.i18n.Messages;
import jp.mypage.web.security.SignedInAccount;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * お申し込み, {@code /mypage/apply?course=&session=}: a learner goes straight to the 確認画面 for
 * themself; a company first picks learners from its links (search, tick, "select all matching")
 * and seats to name later. 申し込む places the order once: the view's key goes with it, so a double
 * click or a resubmitted page finds the first order. Every rule is checked again by the service.
 */
@Named
@ViewScoped
public class ApplyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Step { CHOOSE, CONFIRM, DONE }

    @Inject
    private OrderService orders;

    @Inject
    private LinkingService linking;

    @Inject
    private SignedInAccount signedIn;

    private String courseParam;
    private String sessionParam;
    private Long courseId;
    private Long sessionId;
    private Step step = Step.CHOOSE;
    private final String requestKey = UUID.randomUUID().toString();
    private final Map<Long, Boolean> checked = new HashMap<>();
    private String search;
    private LearnerQuery learnerQuery = LearnerQuery.all();
    private Integer unassigned = 0;
    private OrderQuote quote;
    private OrderPlaced placed;
    private boolean valid;

    private final LazyDataModel<LinkedLearner> learners = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return linking.countMyLinkedLearners(learnerQuery);
        }

        @Override
        public List<LinkedLearner> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return linking.myLinkedLearners(learnerQuery, first, pageSize);
        }

        @Override
        public String getRowKey(LinkedLearner learner) {
            return String.valueOf(learner.learnerId());
        }
    };

    /** The view action: a learner is shown the 確認画面 at once; a bad id shows the page's message. */
    public void load() {
        if (courseId != null || quote != null) {
            return;
        }
        Optional<Long> course = Ids.parse(courseParam);
        if (course.isEmpty()) {
            Messages.error("training.notFound");
            return;
        }
        courseId = course.get();
        sessionId = Ids.parse(sessionParam).orElse(null);
        valid = true;
        if (!signedIn.isCorporate()) {
            review();
        }
    }

    /** 検索 over the linked learners. */
    public void searchLearners() {
        learnerQuery = new LearnerQuery(search, LearnerSort.NAME_KANA, true);
    }

    /** Ticks every linked learner that matches the search, on every page. */
    public void selectAllMatching() {
        orders.linkedLearnerIds(new LearnerQuery(search, LearnerSort.NAME_KANA, true)).forEach(id -> checked.put(id, true));
    }

    public void clearSelection() {
        checked.clear();
    }

    public int getSelectedCount() {
        return (int) checked.values().stream().filter(Boolean.TRUE::equals).count();
    }

    /** 確認画面へ: the service prices and checks the application; nothing is written. */
    public void review() {
        try {
            quote = orders.quote(request());
            step = Step.CONFIRM;
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void back() {
        step = Step.CHOOSE;
    }

    /** 申し込む. */
    public void submit() {
        if (placed != null) {
            step = Step.DONE;
            return;
        }
        try {
            placed = orders.placeOrder(request());
            step = Step.DONE;
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    private OrderRequest request() {
        List<Long> ids = new ArrayList<>();
        checked.forEach((id, on) -> {
            if (Boolean.TRUE.equals(on)) {
                ids.add(id);
            }
        });
        int later = unassigned == null ? 0 : unassigned;
        return new OrderRequest(courseId, sessionId, ids, later, requestKey);
    }


    public int getSeatsMax() {
        return TrainingOrder.SEATS_MAX;
    }

    public LazyDataModel<LinkedLearner> getLearners() {
        return learners;
    }

    public Map<Long, Boolean> getChecked() {
        return checked;
    }

    public Step getStep() {
        return step;
    }

    public boolean isValid() {
        return valid;
    }

    public OrderQuote getQuote() {
        return quote;
    }

    public OrderPlaced getPlaced() {
        return placed;
    }

    public String getCourse() {
        return courseParam;
    }

    public void setCourse(String course) {
        this.courseParam = course;
    }

    public String getSession() {
        return sessionParam;
    }

    public void setSession(String session) {
        this.sessionParam = session;
    }

    public Long getCourseId() {
        return courseId;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Integer getUnassigned() {
        return unassigned;
    }

    public void setUnassigned(Integer unassigned) {
        this.unassigned = unassigned;
    }
}

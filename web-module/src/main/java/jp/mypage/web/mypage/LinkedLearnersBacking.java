package jp.mypage.web.mypage;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.mypage.domain.linking.LinkApproval;
import jp.mypage.linking.LearnerQuery;
import jp.mypage.linking.LearnerSort;
import jp.mypage.linking.LinkNotFoundException;
import jp.mypage.linking.LinkPolicy;
import jp.mypage.linking.LinkedLearner;
import jp.mypage.linking.LinkingService;
import jp.mypage.web.i18n.Messages;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.event.data.SortEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * 連携者一覧, {@code /mypage/linked-learners}: the company's linked learners, searched, sorted and
 * paged in the database; unlinking selected learners; the requests that wait (確認してから承認);
 * and the company's link settings. Row keys are link ids, and every id that comes back from the
 * browser is looked up by the service within the caller's own links.
 */
@Named
@ViewScoped
public class LinkedLearnersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, LearnerSort> SORTS = Map.of("name", LearnerSort.NAME, "nameKana",
            LearnerSort.NAME_KANA, "email", LearnerSort.EMAIL, "since", LearnerSort.LINKED_AT);

    @Inject
    private LinkingService linking;

    private String search;
    private LearnerQuery query = LearnerQuery.all();
    private List<LinkedLearner> selected = new ArrayList<>();
    private LinkApproval approval;
    private boolean notify;
    private boolean weeklyDigest;

    private final LazyDataModel<LinkedLearner> learners = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            // PrimeFaces counts before it loads: count with the search as it is now, not the last page's query.
            return linking.countMyLinkedLearners(new LearnerQuery(search, query.sort(), query.ascending()));
        }

        @Override
        public List<LinkedLearner> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            query = query(sortBy);
            return linking.myLinkedLearners(query, first, pageSize);
        }

        @Override
        public String getRowKey(LinkedLearner learner) {
            return String.valueOf(learner.linkId());
        }

        @Override
        public LinkedLearner getRowData(String rowKey) {
            return linkId(rowKey).flatMap(linking::findMyLinkedLearner).orElse(null);
        }
    };

    private final LazyDataModel<LinkedLearner> requests = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return linking.countMyLinkRequests();
        }

        @Override
        public List<LinkedLearner> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return linking.myLinkRequests(first, pageSize);
        }

        @Override
        public String getRowKey(LinkedLearner request) {
            return String.valueOf(request.linkId());
        }
    };

    /** The page's view action. */
    public void load() {
        if (approval == null) {
            LinkPolicy policy = linking.myLinkPolicy();
            approval = policy.approval();
            notify = policy.notifyByMail();
            weeklyDigest = policy.weeklyDigest();
        }
    }

    /** The search and the table's order as the service takes them; newest links first unless sorted. */
    private LearnerQuery query(Map<String, SortMeta> sortBy) {
        return sortBy.values().stream().findFirst()
                .filter(sort -> SORTS.containsKey(sort.getField()) && sort.getOrder() != SortOrder.UNSORTED)
                .map(sort -> new LearnerQuery(search, SORTS.get(sort.getField()), sort.getOrder() == SortOrder.ASCENDING))
                .orElseGet(() -> new LearnerQuery(search, LearnerSort.LINKED_AT, false));
    }

    /** A column header was clicked: the export link follows the new order (it renders before the table loads). */
    public void sorted(SortEvent event) {
        query = query(event.getSortBy());
    }

    /** 検索: the table shows the first page of what matches. */
    public void applySearch() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(":learnersForm:learners") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    /** 連携を解除する for the selected learners, after the confirmation dialog. */
    public void unlinkSelected() {
        if (selected.stream().noneMatch(Objects::nonNull)) {
            Messages.error("linkedLearners.noneSelected");
            return;
        }
        int ended = linking.unlinkLearners(selected.stream().filter(Objects::nonNull).map(LinkedLearner::linkId).toList());
        selected = new ArrayList<>();
        if (ended == 0) {
            Messages.error("linking.notFound");
        } else {
            Messages.info("linkedLearners.unlinked", ended);
        }
    }

    /** 承認する. */
    public void accept(LinkedLearner request) {
        try {
            linking.acceptRequest(request.linkId());
            Messages.info("linkRequests.accepted", request.name());
        } catch (LinkNotFoundException e) {
            Messages.error(e.messageKey());
        }
    }

    /** 承認しない. */
    public void decline(LinkedLearner request) {
        try {
            linking.declineRequest(request.linkId());
            Messages.info("linkRequests.declined", request.name());
        } catch (LinkNotFoundException e) {
            Messages.error(e.messageKey());
        }
    }

    public void savePolicy() {
        if (approval == null) {
            // a post without the 承認方法 choice: no form of ours sends one
            Messages.error("error.invalid.again");
            return;
        }
        linking.changeLinkPolicy(new LinkPolicy(approval, notify, weeklyDigest));
        Messages.info("linkPolicy.saved");
    }

    /** The CSV export of what the table shows now (search and order), as a link. */
    public String getExportQuery() {
        return LinkedLearnersCsvServlet.queryString(query);
    }

    private static Optional<Long> linkId(String rowKey) {
        try {
            return Optional.of(Long.valueOf(rowKey));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public LazyDataModel<LinkedLearner> getLearners() {
        return learners;
    }

    public LazyDataModel<LinkedLearner> getRequests() {
        return requests;
    }

    public LinkApproval[] getApprovals() {
        return LinkApproval.values();
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<LinkedLearner> getSelected() {
        return selected;
    }

    public void setSelected(List<LinkedLearner> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }

    public LinkApproval getApproval() {
        return approval;
    }

    public void setApproval(LinkApproval approval) {
        this.approval = approval;
    }

    public boolean isNotify() {
        return notify;
    }

    public void setNotify(boolean notify) {
        this.notify = notify;
    }

    public boolean isWeeklyDigest() {
        return weeklyDigest;
    }

    public void setWeeklyDigest(boolean weeklyDigest) {
        this.weeklyDigest = weeklyDigest;
    }
}

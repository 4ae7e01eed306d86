package jp.mypage.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mypage.approval.ApplicationQuery;
import jp.mypage.approval.ApplicationRow;
import jp.mypage.approval.ApplicationSort;
import jp.mypage.approval.ApprovalService;
import jp.mypage.approval.BulkDecision;
import jp.mypage.domain.account.AccountStatus;
import jp.mypage.domain.account.AccountType;
import jp.mypage.web.i18n.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * アカウント申請管理, {@code /admin/applications}: the applications (sign-ups and invitations)
 * filtered, sorted and paged in the database, the count per status, 承認する / 承認しない per row
 * and for the selected rows, and 招待メール再送 for invited accounts.
 */
@Named
@ViewScoped
public class AccountApplicationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, ApplicationSort> SORTS = Map.of("createdAt", ApplicationSort.CREATED_AT,
            "email", ApplicationSort.EMAIL, "name", ApplicationSort.NAME, "status", ApplicationSort.STATUS,
            "type", ApplicationSort.TYPE);

    @Inject
    private ApprovalService approvals;

    @Inject
    private ApplicationActions actions;

    private AccountStatus status = AccountStatus.PENDING_APPROVAL;
    private AccountType type;
    private LocalDate from;
    private LocalDate to;
    private String text;
    private ApplicationSort sort = ApplicationSort.CREATED_AT;
    private boolean ascending;
    private transient Map<AccountStatus, Long> counts;
    /** The ticked rows, by account id: a row itself (with its Optional dates) does not serialise. */
    private ArrayList<Long> selected = new ArrayList<>();

    /** The rows 承認しない applies to: one row, or the selection. */
    private List<Long> rejecting = List.of();
    private boolean notifyByMail = true;
    private String reason;

    private final LazyDataModel<ApplicationRow> applications = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, approvals.countApplications(query()));
        }

        @Override
        public List<ApplicationRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            sortBy.values().stream().findFirst()
                    .filter(meta -> SORTS.containsKey(meta.getField()) && meta.getOrder() != SortOrder.UNSORTED)
                    .ifPresentOrElse(meta -> {
                        sort = SORTS.get(meta.getField());
                        ascending = meta.getOrder() == SortOrder.ASCENDING;
                    }, () -> {
                        sort = ApplicationSort.CREATED_AT;
                        ascending = false;
                    });
            return approvals.applications(query(), first, pageSize);
        }

        @Override
        public String getRowKey(ApplicationRow row) {
            return String.valueOf(row.accountId());
        }

        @Override
        public ApplicationRow getRowData(String rowKey) {
            // A selection is only a list of account ids: every decision is checked in the service.
            try {
                return stub(Long.parseLong(rowKey));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    };

    /** A selected row as the browser names it: the id is all a decision needs. */
    private static ApplicationRow stub(long id) {
        return new ApplicationRow(id, null, null, null, null, null, Optional.empty(), Optional.empty());
    }

    ApplicationQuery query() {
        Set<AccountStatus> statuses = status == null ? Set.of() : EnumSet.of(status);
        return new ApplicationQuery(statuses, type, from, to, text, sort, ascending);
    }

    /** 検索: the filters apply from the first page. */
    public void search() {
        if (to != null && from != null && to.isBefore(from)) {
            Messages.error("accountApplications.dateRange");
            return;
        }
        counts = null;
        firstPage();
    }

    /** A status tab (with its count) was chosen. */
    public void showStatus(AccountStatus chosen) {
        status = chosen;
        firstPage();
    }

    private static void firstPage() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(":applicationsForm:applications")
                instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public Map<AccountStatus, Long> getCounts() {
        if (counts == null) {
            counts = approvals.countsByStatus(query());
        }
        return counts;
    }

    public long count(AccountStatus of) {
        return getCounts().getOrDefault(of, 0L);
    }

    public long getTotal() {
        return getCounts().values().stream().mapToLong(Long::longValue).sum();
    }

    /** 承認する for one row. */
    public void approve(ApplicationRow row) {
        actions.approve(row.accountId(), row.displayName());
        counts = null;
    }

    /** 承認する for the selected rows. */
    public void approveSelected() {
        List<Long> ids = selectedIds();
        if (ids.isEmpty()) {
            Messages.error("accountApplications.noneSelected");
            return;
        }
        report(approvals.approveAll(ids), "accountApplications.bulkApproved");
        selected.clear();
        counts = null;
    }

    /** Opens 承認しない's dialog for one row. */
    public void prepareReject(ApplicationRow row) {
        rejecting = List.of(row.accountId());
        notifyByMail = true;
        reason = null;
        PrimeFaces.current().executeScript("PF('rejectDialog').show()");
    }

    /** Opens 承認しない's dialog for the selected rows. */
    public void prepareRejectSelected() {
        rejecting = selectedIds();
        notifyByMail = true;
        reason = null;
        if (rejecting.isEmpty()) {
            Messages.error("accountApplications.noneSelected");
        } else {
            PrimeFaces.current().executeScript("PF('rejectDialog').show()");
        }
    }

    /** The dialog's 承認しない. */
    public void reject() {
        if (rejecting.isEmpty()) {
            Messages.error("accountApplications.noneSelected");
            return;
        }
        if (rejecting.size() == 1) {
            actions.reject(rejecting.get(0), notifyByMail, reason);
        } else {
            report(approvals.rejectAll(rejecting, notifyByMail, reason), "accountApplications.bulkRejected");
        }
        rejecting = List.of();
        selected.clear();
        counts = null;
    }

    /** 招待メールを再送する for an invited account. */
    public void resendInvitation(ApplicationRow row) {
        actions.resendInvitation(row.accountId(), row.email());
    }

    private static void report(BulkDecision result, String key) {
        Messages.info(key, result.decided());
        if (result.alreadyDecidedCount() > 0) {
            Messages.error("accountApplications.someAlreadyDecided", result.alreadyDecidedCount());
        }
    }

    private List<Long> selectedIds() {
        return List.copyOf(selected);
    }

    public boolean isInvited(ApplicationRow row) {
        return row.status() == AccountStatus.INVITED;
    }

    public AccountStatus[] getStatuses() {
        return AccountStatus.values();
    }

    public AccountType[] getTypes() {
        return AccountType.values();
    }

    public LazyDataModel<ApplicationRow> getApplications() {
        return applications;
    }

    public int getRejectingCount() {
        return rejecting.size();
    }

    public AccountStatus getStatus() {
        return status;
    }

    public void setStatus(AccountStatus status) {
        this.status = status;
    }

    public AccountType getType() {
        return type;
    }

    public void setType(AccountType type) {
        this.type = type;
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

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** The ticked rows as the table names them: their ids are all a decision needs. */
    public List<ApplicationRow> getSelected() {
        return selected.stream().map(AccountApplicationsBacking::stub).collect(Collectors.toCollection(ArrayList::new));
    }

    public void setSelected(List<ApplicationRow> rows) {
        selected = rows == null ? new ArrayList<>() : rows.stream().filter(Objects::nonNull)
                .map(ApplicationRow::accountId).distinct().collect(Collectors.toCollection(ArrayList::new));
    }

    public boolean isNotifyByMail() {
        return notifyByMail;
    }

    public void setNotifyByMail(boolean notifyByMail) {
        this.notifyByMail = notifyByMail;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

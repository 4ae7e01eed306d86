package jp.mypage.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import jp.mypage.mail.FailedMail;
import jp.mypage.mail.MailFailures;
import jp.mypage.web.i18n.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * 配信エラー, {@code /admin/mail-failures}: the mails that gave up, paged in the database, with 再送信
 * per row and for the ticked rows. The selection is only mail ids: the service decides what may be
 * resent.
 */
@Named
@ViewScoped
public class MailFailuresBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MailFailures failures;

    private ArrayList<Long> selected = new ArrayList<>();

    private final LazyDataModel<FailedMail> mails = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, failures.count());
        }

        @Override
        public List<FailedMail> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return failures.page(first, pageSize);
        }

        @Override
        public String getRowKey(FailedMail row) {
            return String.valueOf(row.id());
        }

        @Override
        public FailedMail getRowData(String rowKey) {
            try {
                return stub(Long.parseLong(rowKey));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    };

    private static FailedMail stub(long id) {
        return new FailedMail(id, null, null, 0, null, null, false);
    }

    /** 再送信 of one row. */
    public void resend(FailedMail mail) {
        resend(List.of(mail.id()));
    }

    /** 選択したメールを再送信. */
    public void resendSelected() {
        if (selected.isEmpty()) {
            Messages.error("mailFailures.noneSelected");
            return;
        }
        resend(List.copyOf(selected));
        selected.clear();
    }

    private void resend(Collection<Long> ids) {
        int resent = failures.resend(ids);
        if (resent > 0) {
            Messages.info("mailFailures.resent", resent);
        }
        if (resent < ids.size()) {
            Messages.error("mailFailures.skipped", ids.size() - resent);
        }
    }

    /** The kind's text; a mail older than the kind column has none. */
    public String kind(FailedMail mail) {
        return Messages.text(mail.kind() == null ? "mailKind.unknown" : "mailKind." + mail.kind());
    }

    public LazyDataModel<FailedMail> getMails() {
        return mails;
    }

    public List<FailedMail> getSelected() {
        return selected.stream().map(MailFailuresBacking::stub).collect(Collectors.toCollection(ArrayList::new));
    }

    public void setSelected(List<FailedMail> rows) {
        selected = rows == null ? new ArrayList<>() : rows.stream().filter(Objects::nonNull)
                .map(FailedMail::id).distinct().collect(Collectors.toCollection(ArrayList::new));
    }
}

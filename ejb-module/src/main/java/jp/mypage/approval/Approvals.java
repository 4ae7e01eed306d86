package jp.mypage.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.account.AccountType;
import jp.mypage.domain.approval.ApprovalMode;
import jp.mypage.domain.approval.ApprovalSetting;
import jp.mypage.domain.operator.Operator;
import jp.mypage.mail.MailOutbox;
import jp.mypage.mail.MailTemplate;
import jp.mypage.mail.PortalLinks;

/**
 * What 本登録 asks of the approval setting, in the caller's transaction: whether the account waits
 * for an operator, and the mail to every operator that it does.
 */
@ApplicationScoped
public class Approvals {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailOutbox outbox;

    @Inject
    private PortalLinks links;

    /** The setting of the type; 自動承認 with notification if its row is missing (it never should be). */
    public ApprovalSetting settingFor(AccountType type) {
        ApprovalSetting setting = em.find(ApprovalSetting.class, type.name());
        return setting != null ? setting : new ApprovalSetting(type, ApprovalMode.AUTOMATIC, true, Instant.EPOCH, "default");
    }

    /**
     * Queues one mail per active operator about an application that now waits for a decision, each
     * in the language of the console at that operator's last login (Japanese before any).
     */
    public void notifyOperators(Account application) {
        String link = links.applicationDetail(application.getId());
        String name = application.getType() == AccountType.CORPORATE
                ? application.getProfile().getOrganizationName() + " " + application.getProfile().getPersonName()
                : application.getProfile().getPersonName();
        em.createNamedQuery(Operator.ACTIVE, Operator.class).getResultStream()
                .forEach(operator -> outbox.queue(operator.getEmail(), operator.getLocale(), MailTemplate.APPLICATION_RECEIVED,
                        operator.getName(), link, name, application.getType(), application.getEmail().value()));
    }
}

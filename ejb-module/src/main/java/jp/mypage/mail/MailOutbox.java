package jp.mypage.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.account.EmailAddress;
import jp.mypage.domain.mail.OutboxMail;

/**
 * Queues a mail for an account holder, written in their language, in the caller's transaction:
 * the mail exists if and only if the change that caused it is committed. A transaction that queues
 * many mails (an import of thousands of invitations) neither flushes per mail nor starts a delivery
 * pass per mail: it fires one {@link MailQueued}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class MailOutbox {

    static final String BUNDLE = "jp.mypage.mail.mail";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<MailQueued> queued;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    public void queue(Account recipient, MailTemplate template, Object... arguments) {
        queue(recipient.getEmail(), recipient.getLocale(), false, template, arguments);
    }

    /** One of many mails queued at once (an import): delivered after every other due mail. */
    public void queueBulk(Account recipient, MailTemplate template, Object... arguments) {
        queue(recipient.getEmail(), recipient.getLocale(), true, template, arguments);
    }

    /** A mail to someone who is not an account holder (an operator), in the given language. */
    public void queue(EmailAddress recipient, Locale locale, MailTemplate template, Object... arguments) {
        queue(recipient, locale, false, template, arguments);
    }

    private void queue(EmailAddress recipient, Locale locale, boolean bulk, MailTemplate template, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, MailOutbox.class.getClassLoader());
        Object[] translated = translate(bundle, locale, arguments);
        String subject = new MessageFormat(bundle.getString(template.subjectKey()), locale).format(translated);
        String body = new MessageFormat(bundle.getString(template.bodyKey()), locale).format(translated)
                + "\n\n" + bundle.getString("signature");
        OutboxMail mail = new OutboxMail(recipient, template.name(), subject, body, clock.instant(), bulk);
        em.persist(mail);
        if (transaction.getResource(MailQueued.class) == null) {
            transaction.putResource(MailQueued.class, Boolean.TRUE);
            queued.fire(new MailQueued(mail.getId()));
        }
    }

    /**
     * An enum argument is written as its bundle text, {@code accountType.PERSONAL} say; a
     * {@link MailText} as its pattern with its own arguments.
     */
    private static Object[] translate(ResourceBundle bundle, Locale locale, Object[] arguments) {
        Object[] result = arguments.clone();
        for (int i = 0; i < result.length; i++) {
            if (result[i] instanceof MailText text) {
                result[i] = new MessageFormat(bundle.getString(text.key()), locale)
                        .format(translate(bundle, locale, text.arguments()));
            } else if (result[i] instanceof Enum<?> constant) {
                String type = constant.getDeclaringClass().getSimpleName();
                result[i] = bundle.getString(Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + constant.name());
            }
        }
        return result;
    }
}

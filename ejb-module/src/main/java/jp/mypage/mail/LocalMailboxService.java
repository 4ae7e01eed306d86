package jp.mypage.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;
import jp.mypage.domain.mail.OutboxMail;

/**
 * The mails kept locally ({@code MAIL_LOCAL_MAILBOX=true}, no SMTP server). Only then is there
 * anything to read, and only a client on the portal's own machine (a loopback address) may read
 * it: the mails hold working confirmation and reset links.
 */
@Stateless
public class LocalMailboxService {

    static final int NEWEST = 100;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailSettings settings;

    /** An address as the servlet container gives it: IPv4 digits and dots, or IPv6 with colons. */
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*(%\\w+)?");

    /** Whether mails are kept locally, not sent: pages say so (every page asks; no transaction needed). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isOpen() {
        return settings.localMailbox();
    }

    /**
     * Whether the client at this address may read the local mailbox.
     *
     * @param remoteAddress the connection's peer address ({@code ServletRequest.getRemoteAddr()}),
     *     never a header a client could write
     */
    public boolean isOpenTo(String remoteAddress) {
        return isOpen() && isLoopback(remoteAddress);
    }

    static boolean isLoopback(String address) {
        if (address == null || !IP_LITERAL.matcher(address).matches()) {
            return false; // a host name would need a lookup; the container gives the peer's literal address
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The newest locally kept mails, newest first. */
    public List<OutboxMail> newestMails() {
        if (!isOpen()) {
            return List.of();
        }
        return em.createNamedQuery(OutboxMail.LOCAL_MAILBOX, OutboxMail.class).setMaxResults(NEWEST).getResultList();
    }
}

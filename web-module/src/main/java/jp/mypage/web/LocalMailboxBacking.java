package jp.mypage.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mypage.domain.mail.OutboxMail;
import jp.mypage.mail.LocalMailboxService;
import org.omnifaces.util.Faces;

/**
 * {@code /local-mailbox}: the mails the portal would have sent, for a person running it on their
 * own machine with {@code MAIL_LOCAL_MAILBOX=true} and no SMTP server. Not found (404) otherwise,
 * and for every client that is not on that machine (not a loopback address).
 */
@Named
@RequestScoped
public class LocalMailboxBacking {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    @Inject
    private LocalMailboxService mailbox;

    private List<OutboxMail> mails;
    private Boolean mailsNotSent;

    public void open() throws IOException {
        if (!isAvailable()) {
            Faces.responseSendError(404, "No local mailbox");
            return;
        }
        mails = mailbox.newestMails();
    }

    /** Whether this client may read the local mailbox, so pages can point at it. */
    public boolean isAvailable() {
        // The connection's peer, not Faces.getRemoteAddr(), which believes a client's X-Forwarded-For.
        return mailbox.isOpenTo(Faces.getRequest().getRemoteAddr());
    }

    /** Whether mails are kept locally instead of sent: every page says so (asked once per request). */
    public boolean isMailsNotSent() {
        if (mailsNotSent == null) {
            mailsNotSent = mailbox.isOpen();
        }
        return mailsNotSent;
    }

    public List<OutboxMail> getMails() {
        return mails;
    }

    /** The body split into text and links, so the page can render the links clickable without escaping risks. */
    public List<BodyPart> parts(String body) {
        List<BodyPart> parts = new java.util.ArrayList<>();
        Matcher matcher = LINK.matcher(body);
        int last = 0;
        while (matcher.find()) {
            parts.add(new BodyPart(body.substring(last, matcher.start()), false));
            parts.add(new BodyPart(matcher.group(), true));
            last = matcher.end();
        }
        parts.add(new BodyPart(body.substring(last), false));
        return parts;
    }

    /** A run of mail text, or a link. */
    public record BodyPart(String text, boolean link) {
        public String getText() {
            return text;
        }

        public boolean isLink() {
            return link;
        }
    }
}

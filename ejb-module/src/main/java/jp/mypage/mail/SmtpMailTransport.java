package jp.mypage.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import jp.mypage.domain.mail.OutboxMail;

/**
 * Hands mails to the configured SMTP server with Jakarta Mail. Connecting, each read and each write
 * are bounded by {@code MAIL_SMTP_CONNECT_TIMEOUT_MS}, {@code MAIL_SMTP_READ_TIMEOUT_MS} and
 * {@code MAIL_SMTP_WRITE_TIMEOUT_MS}, so a server that accepts the connection and then says nothing
 * costs one timeout, not a thread for ever.
 */
public class SmtpMailTransport implements MailTransport {

    private final MailSettings settings;
    private final Session session;

    SmtpMailTransport(MailSettings settings) {
        this.settings = settings;
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", settings.smtpHost().orElseThrow());
        properties.setProperty("mail.smtp.port", String.valueOf(settings.smtpPort()));
        properties.setProperty("mail.smtp.connectiontimeout", String.valueOf(settings.connectTimeoutMillis()));
        properties.setProperty("mail.smtp.timeout", String.valueOf(settings.readTimeoutMillis()));
        properties.setProperty("mail.smtp.writetimeout", String.valueOf(settings.writeTimeoutMillis()));
        properties.setProperty("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        properties.setProperty("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
        Authenticator authenticator = null;
        if (settings.smtpUser().isPresent()) {
            properties.setProperty("mail.smtp.auth", "true");
            String user = settings.smtpUser().get();
            String password = settings.smtpPassword().orElse("");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            };
        }
        this.session = Session.getInstance(properties, authenticator);
    }

    @Override
    public void deliver(OutboxMail mail, Instant now) {
        try {
            String messageId = messageId(mail, settings.from());
            MimeMessage message = new MimeMessage(session) {
                // Jakarta Mail makes a new Message-ID at each send; the outbox row's one is kept instead.
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", messageId);
                }
            };
            message.setFrom(new InternetAddress(settings.from(), true));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient().value(), true));
            message.setSubject(mail.getSubject(), "UTF-8");
            message.setText(mail.getBody(), "UTF-8");
            message.setSentDate(Date.from(now));
            Transport.send(message);
        } catch (MessagingException e) {
            throw new MailDeliveryException("SMTP delivery to " + mail.getRecipient() + " failed: " + describe(e), e,
                    isServerFailure(e));
        }
        mail.markSent(now);
    }

    /**
     * The mail's Message-ID, the same at every attempt: the outbox row's id and the moment it was
     * queued, at the sender's domain. Delivery is at least once (a server killed after the SMTP
     * server took a mail and before "sent" committed sends it again after its restart), and a second
     * copy carries the same Message-ID, by which mail clients and servers recognise it.
     */
    static String messageId(OutboxMail mail, String from) {
        int at = from.lastIndexOf('@');
        String domain = at >= 0 ? from.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "") : "";
        return "<outbox." + mail.getId() + "." + mail.getCreatedAt().toEpochMilli() + "@"
                + (domain.isEmpty() ? "mypage.invalid" : domain) + ">";
    }

    /** The error and its causes ("Exception reading response: SocketTimeoutException: Read timed out"). */
    static String describe(MessagingException e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(": ").append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                text.append(": ").append(cause.getMessage());
            }
        }
        return text.toString();
    }

    /**
     * Whether the server failed rather than this mail: no connection, or no answer in time (an I/O
     * failure under the exception; {@code MessagingException.getCause()} is its next exception). A
     * refused recipient ({@link SendFailedException}) is the mail's.
     */
    static boolean isServerFailure(MessagingException e) {
        if (e instanceof SendFailedException) {
            return false;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true; // a refused or lost connection, or a timeout (MailConnectException's cause too)
            }
        }
        return false;
    }
}

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
 *
 * <p>The mails of one dispatcher pass share one SMTP connection (at most {@link #MAILS_PER_CONNECTION},
 * then a new one), closed when the pass ends: a connection per mail (connect, EHLO, QUIT each time)
 * held the outbox to about 14 mails a second on a 2-processor machine (2,002 mails of two bulk orders
 * took 141 s). After any failure the connection is closed, and the next mail opens a new one. Passes run one
 * at a time on a node ({@link MailDispatcher}); the methods are synchronized all the same.
 */
public class SmtpMailTransport implements MailTransport {

    /** Mails sent over one connection before it is replaced (servers limit a session's messages). */
    static final int MAILS_PER_CONNECTION = 100;

    private final MailSettings settings;
    private final Session session;
    private Transport connection;
    private int sentOverConnection;

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
    public synchronized void deliver(OutboxMail mail, Instant now) {
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
            message.saveChanges();
            Transport open = connected();
            open.sendMessage(message, message.getAllRecipients());
            sentOverConnection++;
        } catch (MessagingException e) {
            // Whatever failed (the server, or this mail: a refused recipient or DATA leaves the SMTP
            // conversation in a state the next mail must not inherit), the next mail starts a new one.
            closeConnection();
            throw new MailDeliveryException("SMTP delivery to " + mail.getRecipient() + " failed: " + describe(e), e,
                    isServerFailure(e));
        }
        mail.markSent(now);
    }

    @Override
    public synchronized void passEnded() {
        closeConnection();
    }

    /** The open connection, or a new one: after a failure, past {@link #MAILS_PER_CONNECTION}, or when the server dropped it. */
    private Transport connected() throws MessagingException {
        if (connection != null && (sentOverConnection >= MAILS_PER_CONNECTION || !connection.isConnected())) {
            closeConnection();
        }
        if (connection == null) {
            Transport opened = session.getTransport("smtp");
            opened.connect();
            connection = opened;
            sentOverConnection = 0;
        }
        return connection;
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (MessagingException e) {
                // the server went away: nothing to close
            }
            connection = null;
        }
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

package jp.mypage.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import jp.mypage.domain.mail.OutboxMail;

/** Hands mails to the configured SMTP server with Jakarta Mail. */
public class SmtpMailTransport implements MailTransport {

    private static final String TIMEOUT_MILLIS = "10000";

    private final MailSettings settings;
    private final Session session;

    SmtpMailTransport(MailSettings settings) {
        this.settings = settings;
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", settings.smtpHost().orElseThrow());
        properties.setProperty("mail.smtp.port", String.valueOf(settings.smtpPort()));
        properties.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.writetimeout", TIMEOUT_MILLIS);
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
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from(), true));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient().value(), true));
            message.setSubject(mail.getSubject(), "UTF-8");
            message.setText(mail.getBody(), "UTF-8");
            message.setSentDate(Date.from(now));
            Transport.send(message);
        } catch (MessagingException e) {
            throw new MailDeliveryException("SMTP delivery to " + mail.getRecipient() + " failed: " + e.getMessage(), e);
        }
        mail.markSent(now);
    }
}

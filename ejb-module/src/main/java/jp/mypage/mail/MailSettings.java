package jp.mypage.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mail configuration, through MicroProfile Config (environment variables). Mails go out over
 * SMTP when {@code MAIL_SMTP_HOST} is set. Without it they go to the local mailbox page only when
 * {@code MAIL_LOCAL_MAILBOX=true} says so (the README's run command sets it, for a person trying
 * the portal on their own machine); with neither, nothing leaves and mails stay queued.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "MAIL_SMTP_HOST")
    Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = "MAIL_SMTP_PORT", defaultValue = "25")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "MAIL_SMTP_USER")
    Optional<String> smtpUser;

    @Inject
    @ConfigProperty(name = "MAIL_SMTP_PASSWORD")
    Optional<String> smtpPassword;

    @Inject
    @ConfigProperty(name = "MAIL_SMTP_STARTTLS", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "MAIL_FROM", defaultValue = "My Page <no-reply@localhost>")
    String from;

    /** Keep mails for the local mailbox page instead of sending them; ignored when SMTP is configured. */
    @Inject
    @ConfigProperty(name = "MAIL_LOCAL_MAILBOX", defaultValue = "false")
    boolean localMailbox;

    /** How long connecting to the SMTP server may take. */
    @Inject
    @ConfigProperty(name = "MAIL_SMTP_CONNECT_TIMEOUT_MS", defaultValue = "10000")
    int connectTimeoutMillis;

    /** How long the SMTP server may take to answer each command (its greeting too). */
    @Inject
    @ConfigProperty(name = "MAIL_SMTP_READ_TIMEOUT_MS", defaultValue = "10000")
    int readTimeoutMillis;

    /** How long writing to the SMTP server may block. */
    @Inject
    @ConfigProperty(name = "MAIL_SMTP_WRITE_TIMEOUT_MS", defaultValue = "10000")
    int writeTimeoutMillis;

    /** The origin of every link in a mail; never taken from a request's Host header. */
    @Inject
    @ConfigProperty(name = "APP_BASE_URL", defaultValue = "http://localhost:8080")
    String baseUrl;

    public Optional<String> smtpHost() {
        return smtpHost.filter(host -> !host.isBlank());
    }

    public boolean smtpConfigured() {
        return smtpHost().isPresent();
    }

    /** Whether mails are kept for the local mailbox page: asked for, and no SMTP server configured. */
    public boolean localMailbox() {
        return localMailbox && !smtpConfigured();
    }

    /** Whether queued mails have anywhere to go (SMTP or the local mailbox). */
    public boolean canDeliver() {
        return smtpConfigured() || localMailbox();
    }

    public int smtpPort() {
        return smtpPort;
    }

    public Optional<String> smtpUser() {
        return smtpUser.filter(user -> !user.isBlank());
    }

    public Optional<String> smtpPassword() {
        return smtpPassword;
    }

    public boolean startTls() {
        return startTls;
    }

    public int connectTimeoutMillis() {
        return positive(connectTimeoutMillis, "MAIL_SMTP_CONNECT_TIMEOUT_MS");
    }

    public int readTimeoutMillis() {
        return positive(readTimeoutMillis, "MAIL_SMTP_READ_TIMEOUT_MS");
    }

    public int writeTimeoutMillis() {
        return positive(writeTimeoutMillis, "MAIL_SMTP_WRITE_TIMEOUT_MS");
    }

    /** A timeout of 0 would mean "wait for ever" to Jakarta Mail: refused. */
    private static int positive(int millis, String name) {
        if (millis <= 0) {
            throw new IllegalStateException(name + " must be a positive number of milliseconds, not " + millis);
        }
        return millis;
    }

    public String from() {
        return from;
    }

    /** The base URL without a trailing slash. */
    public String baseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}

package jp.mypage.mail;

/** The SMTP server did not take the mail this time. */
public class MailDeliveryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean serverUnavailable;

    public MailDeliveryException(String message, Throwable cause) {
        this(message, cause, false);
    }

    /**
     * @param serverUnavailable whether the server itself failed (refused the connection, or did not
     *     answer within the timeouts), not this one mail: the other mails of the pass would fail alike
     */
    public MailDeliveryException(String message, Throwable cause, boolean serverUnavailable) {
        super(message, cause);
        this.serverUnavailable = serverUnavailable;
    }

    public boolean isServerUnavailable() {
        return serverUnavailable;
    }
}

package jp.mypage.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) in the test JVM, started once for the whole run; the portal under
 * test sends to it. Tests wait for mail to their own, unique addresses.
 */
final class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static GreenMail server;

    private Mailbox() {
    }

    static synchronized void start() {
        if (server == null) {
            int port = Integer.getInteger("it.smtp.port", 3025);
            ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            // A slow start on a busy 2-processor machine waits up to 30 s (GreenMail's default is 2 s). A port
            // still bound fails at once whatever the timeout: MailFaultsIT waits until its silent server let go.
            setup.setServerStartupTimeout(30_000);
            server = new GreenMail(setup);
            server.start();
        }
    }

    /** Stops the server, as a mail server that goes down: connections are refused until {@link #start()}. */
    static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** How many mails each address received, over everything the server (since its last start) holds. */
    static java.util.Map<String, Long> countsByRecipient() {
        return Arrays.stream(server.getReceivedMessages()).collect(java.util.stream.Collectors.groupingBy(
                message -> recipient(message).toLowerCase(java.util.Locale.ROOT), java.util.stream.Collectors.counting()));
    }

    /** A received mail, as the test reads it. */
    record Mail(String to, String subject, String body) {
        /** The first link in the body that contains the fragment. */
        String link(String fragment) {
            Matcher matcher = LINK.matcher(body);
            while (matcher.find()) {
                if (matcher.group().contains(fragment)) {
                    return matcher.group();
                }
            }
            throw new AssertionError("No link containing " + fragment + " in mail:\n" + body);
        }
    }

    /** Every mail the server (since its last start) holds, in the order received. */
    static MimeMessage[] all() {
        return server.getReceivedMessages();
    }

    /** How many mails the server has received so far, to anyone. */
    static int received() {
        return server.getReceivedMessages().length;
    }

    /** All mails received so far for the address. */
    static List<Mail> mailsTo(String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> recipient(message).equalsIgnoreCase(address))
                .map(message -> {
                    try {
                        return new Mail(recipient(message), message.getSubject(),
                                message.getContent().toString().replace("\r\n", "\n"));
                    } catch (MessagingException | java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** Waits until the address has received at least {@code count} mails; returns the newest. */
    static Mail awaitMail(String address, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            List<Mail> mails = mailsTo(address);
            if (mails.size() >= count) {
                return mails.get(mails.size() - 1);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Expected " + count + " mail(s) to " + address + " within 30 s, got "
                + mailsTo(address).size());
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

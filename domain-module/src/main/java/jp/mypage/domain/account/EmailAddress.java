package jp.mypage.domain.account;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An email address as the portal compares it: NFKC-normalised (full-width letters typed on a
 * Japanese keyboard become ASCII), trimmed and lower-cased. Two addresses that differ only in
 * letter case or surrounding spaces are the same address.
 */
public final class EmailAddress implements Serializable {

    private static final long serialVersionUID = 1L;

    /** RFC 5321 limits a forward path to 254 characters. */
    public static final int MAX_LENGTH = 254;

    /**
     * Deliberately simple: one {@code @}, no spaces, a dot in the domain. Deliverability is proven
     * by the confirmation mail, not by a regular expression.
     */
    private static final Pattern SHAPE = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");

    private final String value;

    private EmailAddress(String value) {
        this.value = value;
    }

    /**
     * @throws IllegalArgumentException if the text is not an email address
     */
    public static EmailAddress of(String text) {
        String normalised = normalise(text);
        if (!isValid(normalised)) {
            throw new IllegalArgumentException("Not an email address: " + text);
        }
        return new EmailAddress(normalised);
    }

    /** Whether {@link #of(String)} would accept the text. */
    public static boolean isValid(String text) {
        String normalised = normalise(text);
        return !normalised.isEmpty() && normalised.length() <= MAX_LENGTH && SHAPE.matcher(normalised).matches();
    }

    private static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmailAddress that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

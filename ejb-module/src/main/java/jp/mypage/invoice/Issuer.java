package jp.mypage.invoice;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The business that issues the 請求書 or 領収書: its name, its 適格請求書発行事業者 registration number
 * ({@code T} and 13 digits), its address and phone, and the bank account (振込先) an invoice asks
 * to pay into, which may be blank. Surrounding spaces are removed; the registration number's
 * letters and digits are otherwise taken as they are.
 */
public record Issuer(String name, String registrationNumber, String address, String phone, String bankAccount) {

    private static final Pattern REGISTRATION_NUMBER = Pattern.compile("T[0-9]{13}");

    public Issuer {
        name = Objects.requireNonNull(name, "name").strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("An issuer needs a name");
        }
        registrationNumber = Objects.requireNonNull(registrationNumber, "registrationNumber").strip();
        if (!REGISTRATION_NUMBER.matcher(registrationNumber).matches()) {
            throw new IllegalArgumentException(
                    "A registration number is T followed by 13 digits: " + registrationNumber);
        }
        address = Objects.requireNonNull(address, "address").strip();
        phone = Objects.requireNonNull(phone, "phone").strip();
        bankAccount = bankAccount == null ? "" : bankAccount.strip();
    }
}

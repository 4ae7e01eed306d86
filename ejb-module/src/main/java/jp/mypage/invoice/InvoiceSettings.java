package jp.mypage.invoice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who issues the portal's 請求書 and 領収書 and how long an invoice gives to pay, through MicroProfile
 * Config (environment variables). The default registration number {@code T1234567890123} is a
 * placeholder so a development portal renders documents: production must set
 * {@code INVOICE_REGISTRATION_NUMBER} to the provider's real 登録番号, and the other issuer values
 * to its real name, address, phone and bank account.
 */
@ApplicationScoped
public class InvoiceSettings {

    @Inject
    @ConfigProperty(name = "INVOICE_ISSUER_NAME", defaultValue = "株式会社マイページ研修")
    String issuerName;

    /** A placeholder by default; production sets the real one. */
    @Inject
    @ConfigProperty(name = "INVOICE_REGISTRATION_NUMBER", defaultValue = "T1234567890123")
    String registrationNumber;

    @Inject
    @ConfigProperty(name = "INVOICE_ISSUER_ADDRESS", defaultValue = "東京都千代田区丸の内1-1-1")
    String issuerAddress;

    @Inject
    @ConfigProperty(name = "INVOICE_ISSUER_PHONE", defaultValue = "03-0000-0000")
    String issuerPhone;

    @Inject
    @ConfigProperty(name = "INVOICE_BANK_ACCOUNT", defaultValue = "みずほ銀行 東京営業部 普通 1234567 カ）マイページケンシュウ")
    String bankAccount;

    /** Days from the order to an invoice's payment due date. */
    @Inject
    @ConfigProperty(name = "INVOICE_PAYMENT_DAYS", defaultValue = "30")
    int paymentDays;

    /** The issuer printed on every document; refuses a registration number that is not T and 13 digits. */
    public Issuer issuer() {
        return new Issuer(issuerName, registrationNumber, issuerAddress, issuerPhone, bankAccount);
    }

    public int paymentDays() {
        if (paymentDays < 0) {
            throw new IllegalStateException("INVOICE_PAYMENT_DAYS cannot be negative: " + paymentDays);
        }
        return paymentDays;
    }

    /** The payment due date of an invoice for an order placed on the given day. */
    public LocalDate dueDate(LocalDate orderedOn) {
        return orderedOn.plusDays(paymentDays());
    }
}

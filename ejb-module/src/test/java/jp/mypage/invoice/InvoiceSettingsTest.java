package jp.mypage.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

class InvoiceSettingsTest {

    /** The settings as MicroProfile Config injects them when no variable is set. */
    private static InvoiceSettings withDefaults() throws ReflectiveOperationException {
        InvoiceSettings settings = new InvoiceSettings();
        for (Field field : InvoiceSettings.class.getDeclaredFields()) {
            ConfigProperty property = field.getAnnotation(ConfigProperty.class);
            if (property != null) {
                String value = property.defaultValue();
                field.set(settings, field.getType() == int.class ? Integer.valueOf(value) : value);
            }
        }
        return settings;
    }

    @Test
    void defaultsMakeAValidIssuer() throws ReflectiveOperationException {
        Issuer issuer = withDefaults().issuer();
        assertEquals("株式会社マイページ研修", issuer.name());
        assertEquals("T1234567890123", issuer.registrationNumber(), "the placeholder production replaces");
        assertEquals("みずほ銀行 東京営業部 普通 1234567 カ）マイページケンシュウ", issuer.bankAccount());
    }

    @Test
    void invoiceIsDueThirtyDaysAfterTheOrderByDefault() throws ReflectiveOperationException {
        InvoiceSettings settings = withDefaults();
        assertEquals(30, settings.paymentDays());
        assertEquals(LocalDate.of(2025, 5, 1), settings.dueDate(LocalDate.of(2025, 4, 1)));
    }
}

package jp.mypage.domain.account;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an {@link EmailAddress} as its normalised text. */
@Converter(autoApply = true)
public class EmailAddressAttributeConverter implements AttributeConverter<EmailAddress, String> {

    @Override
    public String convertToDatabaseColumn(EmailAddress address) {
        return address == null ? null : address.value();
    }

    @Override
    public EmailAddress convertToEntityAttribute(String value) {
        return value == null ? null : EmailAddress.of(value);
    }
}

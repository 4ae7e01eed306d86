package jp.mypage.web.support;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jp.mypage.profile.Text;

/**
 * Cleans typed text before it is validated: NFKC turns what a Japanese keyboard types in full width
 * (０３－１２３４, ｔａｒｏ＠…) into ASCII and half-width kana into full-width kana; surrounding
 * spaces go. Validation then judges what the user meant. Not for passwords, which are taken as typed.
 */
@FacesConverter("normalizedText")
public class NormalizedTextConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        String normalized = Text.normalise(value);
        return normalized == null || normalized.isEmpty() ? null : normalized;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}

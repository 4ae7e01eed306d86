package jp.mypage.web.mypage;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.enterprise.inject.spi.CDI;
import jp.mypage.linking.LinkedLearner;
import jp.mypage.linking.LinkingService;

/**
 * A linked learner in a form, by link id; the id that comes back is looked up within the caller's
 * own links, so a forged id converts to nothing.
 */
@FacesConverter("linkedLearner")
public class LinkedLearnerConverter implements Converter<LinkedLearner> {

    /** Looked up, not injected: Mojarra here created the converter without injecting it. */
    @Override
    public LinkedLearner getAsObject(FacesContext context, UIComponent component, String value) {
        LinkingService linking = CDI.current().select(LinkingService.class).get();
        return Ids.parse(value).flatMap(linking::findMyLinkedLearner).orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LinkedLearner learner) {
        return learner == null ? "" : String.valueOf(learner.linkId());
    }
}

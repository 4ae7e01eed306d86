package jp.mypage.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import java.time.Instant;
import java.util.Map;
import jp.mypage.authentication.SessionStamp;

/**
 * The session a password change or 他の端末からログアウト was made in goes on: its stamp is vouched
 * for from the moment that ended the others.
 */
@RequestScoped
public class SessionRenewal {

    public void renewAt(Instant at) {
        Map<String, Object> session = FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
        if (session.get(SessionStamp.ATTRIBUTE) instanceof SessionStamp stamp) {
            session.put(SessionStamp.ATTRIBUTE, stamp.renewedAt(at));
        }
    }
}

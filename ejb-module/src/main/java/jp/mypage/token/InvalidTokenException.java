package jp.mypage.token;

import jp.mypage.common.BusinessException;
import jp.mypage.domain.token.TokenState;

/** The link is unknown, used, replaced by a newer one, or expired. */
public class InvalidTokenException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final TokenState state;

    public InvalidTokenException(TokenState state) {
        super("Link not usable: " + state);
        this.state = state;
    }

    public TokenState state() {
        return state;
    }

    @Override
    public String messageKey() {
        return "token." + state.name();
    }
}

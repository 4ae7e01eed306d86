package jp.mypage.web.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.mypage.operator.OperatorIdentity;

/** The operator signed in to this session, for the operators' header. */
@Named
@SessionScoped
public class SignedInOperator implements Serializable {

    private static final long serialVersionUID = 1L;

    private OperatorIdentity operator;

    public void signIn(OperatorIdentity identity) {
        this.operator = identity;
    }

    public boolean isSignedIn() {
        return operator != null;
    }

    public String getName() {
        return operator == null ? "" : operator.name();
    }

    /** Whether the operator of this id is the one signed in (an operator does not stop themself). */
    public boolean is(long operatorId) {
        return operator != null && operator.id() == operatorId;
    }
}

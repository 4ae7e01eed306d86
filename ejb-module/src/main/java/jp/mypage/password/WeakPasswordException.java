package jp.mypage.password;

import jp.mypage.common.BusinessException;

/** The chosen password breaks the password policy. */
public class WeakPasswordException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final PasswordProblem problem;

    public WeakPasswordException(PasswordProblem problem) {
        super("Password refused: " + problem);
        this.problem = problem;
    }

    public PasswordProblem problem() {
        return problem;
    }

    @Override
    public String messageKey() {
        return problem.messageKey();
    }
}

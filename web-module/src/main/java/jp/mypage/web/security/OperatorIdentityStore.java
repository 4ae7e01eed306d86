package jp.mypage.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import jp.mypage.operator.OperatorService;
import jp.mypage.password.PasswordChecksBusyException;

/**
 * Validates {@link OperatorCredential}s. The caller name is {@code operator:<id>}, which no account
 * id can be, and the only group is {@link Roles#ADMIN}. Account credentials are left to
 * {@link AccountIdentityStore}, so neither kind of user can log in through the other's form.
 */
@ApplicationScoped
public class OperatorIdentityStore implements IdentityStore {

    @Inject
    private OperatorService operators;

    @Inject
    private LoginAttempt attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof OperatorCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        try {
            return operators.authenticate(login.email(), login.password(), login.source(), login.language())
                    .map(operator -> {
                        attempt.operatorSucceeded(operator);
                        return new CredentialValidationResult(operator.principalName(), Set.of(Roles.ADMIN));
                    })
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        } catch (PasswordChecksBusyException e) {
            attempt.busy();
            return CredentialValidationResult.INVALID_RESULT;
        }
    }
}

package jp.mypage.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import jp.mypage.authentication.AuthenticatedAccount;
import jp.mypage.authentication.AuthenticationService;
import jp.mypage.authentication.AwaitingApprovalException;
import jp.mypage.authentication.EmailNotConfirmedException;
import jp.mypage.authentication.InvalidCredentialsException;
import jp.mypage.authentication.NotApprovedException;
import jp.mypage.password.PasswordChecksBusyException;

/**
 * Validates {@link AccountCredential}s with the authentication service. The caller name is the
 * account id and the only group is the account type, which is also the role. The store keeps the
 * default validation types (VALIDATE and PROVIDE_GROUPS): with VALIDATE alone, Jakarta Security
 * drops the groups of the validation result and the holder would have no role.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private AuthenticationService authentication;

    @Inject
    private LoginAttempt attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof AccountCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        try {
            AuthenticatedAccount account = authentication.authenticate(login.type(), login.email(), login.password());
            attempt.succeeded(account);
            return new CredentialValidationResult(String.valueOf(account.id()), Set.of(account.type().name()));
        } catch (EmailNotConfirmedException e) {
            attempt.emailNotConfirmed();
            return CredentialValidationResult.INVALID_RESULT;
        } catch (AwaitingApprovalException | NotApprovedException e) {
            attempt.refused(e.messageKey());
            return CredentialValidationResult.INVALID_RESULT;
        } catch (InvalidCredentialsException e) {
            return CredentialValidationResult.INVALID_RESULT;
        } catch (PasswordChecksBusyException e) {
            attempt.busy();
            return CredentialValidationResult.INVALID_RESULT;
        }
    }

}

package jp.mypage.domain.account;

/** Where an account stands in its life; see {@link Account} for the allowed transitions. */
public enum AccountStatus {
    /** Signed up; the confirmation link has not been opened yet. No login. */
    PENDING_VERIFICATION,
    /** Email confirmed; waits for an operator's decision (administrator approval mode). No login. */
    PENDING_APPROVAL,
    /** May log in. */
    ACTIVE,
    /** An operator did not approve the application. No login. */
    REJECTED,
    /** Created by an operator; becomes active when the invitee sets a password. No login. */
    INVITED
}

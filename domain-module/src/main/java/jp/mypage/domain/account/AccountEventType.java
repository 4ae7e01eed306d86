package jp.mypage.domain.account;

/** What happened to an account; one row of its audit trail. */
public enum AccountEventType {
    SIGNED_UP,
    DUPLICATE_SIGN_UP,
    /** A repeated sign-up of an unconfirmed account replaced its pending password, profile and language. */
    SIGN_UP_REPLACED,
    ALREADY_REGISTERED_NOTICE_SENT,
    MAIL_THROTTLED,
    CONFIRMATION_SENT,
    EMAIL_CONFIRMED,
    ACTIVATED,
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOCKED,
    PASSWORD_CHANGED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_RESET,
    /** 他の端末からログアウト: every other session of the account ended. */
    OTHER_SESSIONS_ENDED,
    PROFILE_CHANGED,
    LINKED_TO_CORPORATE,
    UNLINKED_FROM_CORPORATE,
    /** An operator created the account, one by one or from a CSV file. */
    INVITED,
    /** An invitation link was mailed (first, or again; a new link replaces the old). */
    INVITATION_SENT,
    /** The invitee chose a password; the account became active. */
    INVITATION_ACCEPTED,
    LINK_REQUESTED,
    LINK_REQUEST_WITHDRAWN,
    LINK_REQUEST_ACCEPTED,
    LINK_REQUEST_DECLINED,
    LINK_ATTEMPT_FAILED,
    LINK_POLICY_CHANGED,
    /** 承認する: an operator approved the application (administrator approval mode). */
    APPROVED,
    /** 承認しない: an operator rejected the application; the detail holds the reason, if given. */
    REJECTED
}

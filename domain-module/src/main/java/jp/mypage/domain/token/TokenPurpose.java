package jp.mypage.domain.token;

import java.time.Duration;

/** What a one-time link lets its holder do, and how long it stays valid. */
public enum TokenPurpose {
    /** 本登録: confirms the email address of a new account. */
    EMAIL_CONFIRMATION(Duration.ofHours(24)),
    /** Sets a new password without knowing the current one. */
    PASSWORD_RESET(Duration.ofMinutes(30)),
    /** Accepts an operator's invitation: the invitee chooses a password, and the account is active. */
    INVITATION(Duration.ofDays(7));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}

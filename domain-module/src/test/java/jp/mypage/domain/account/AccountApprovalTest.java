package jp.mypage.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** 管理者承認: only a confirmed application waiting for a decision can be decided, and no other path leads out of it. */
class AccountApprovalTest {

    private static final Instant T0 = Instant.parse("2026-11-23T00:00:00Z");
    private static final Instant T1 = T0.plusSeconds(3600);
    private static final String OPERATOR = "operator:12";

    private static Account signedUp() {
        Profile profile = Profile.builder().personName("山田 太郎").personNameKana("ヤマダ タロウ").phone("0312345678").build();
        return Account.signUp(AccountType.PERSONAL, EmailAddress.of("taro@example.jp"), "hash", profile,
                Locale.JAPANESE, T0);
    }

    private static Account pending() {
        Account account = signedUp();
        account.confirmEmail(T0, true);
        return account;
    }

    private static Account invited() {
        Profile profile = Profile.builder().personName("佐藤 花子").personNameKana("サトウ ハナコ").phone("0312345678").build();
        return Account.invite(AccountType.PERSONAL, EmailAddress.of("hanako@example.jp"), profile, Locale.JAPANESE, T0);
    }

    @Test
    void approvingAPendingApplicationActivatesItAndRecordsTheOperator() {
        Account account = pending();
        AccountEvent event = account.approve(OPERATOR, T1);
        assertEquals(AccountStatus.ACTIVE, account.getStatus());
        assertTrue(account.canLogIn(), "an approved account may log in");
        assertEquals(AccountEventType.APPROVED, event.getType());
        assertEquals(OPERATOR, event.getActor(), "the event names the operator");
        assertEquals(AccountStatus.ACTIVE, event.getStatusAfter());
        assertEquals(T1, account.getDecidedAt().orElseThrow(), "the decision time is kept for the list");
    }

    @Test
    void rejectingAPendingApplicationKeepsTheReason() {
        Account account = pending();
        AccountEvent event = account.reject(OPERATOR, T1, "  重複申請のため  ");
        assertEquals(AccountStatus.REJECTED, account.getStatus());
        assertFalse(account.canLogIn(), "a rejected account may not log in");
        assertEquals(AccountEventType.REJECTED, event.getType());
        assertEquals("重複申請のため", event.getDetail(), "the reason is stored trimmed as the detail");
        assertEquals(T1, account.getDecidedAt().orElseThrow());
    }

    @Test
    void rejectingWithoutAReasonStoresNone() {
        Account account = pending();
        assertNull(account.reject(OPERATOR, T1, "   ").getDetail(), "a blank reason is no reason");
    }

    @Test
    void refusesAReasonLongerThanTheLimit() {
        Account account = pending();
        String tooLong = "あ".repeat(Account.REASON_MAX + 1);
        assertThrows(IllegalArgumentException.class, () -> account.reject(OPERATOR, T1, tooLong));
        assertEquals(AccountStatus.PENDING_APPROVAL, account.getStatus(), "a refused rejection changes nothing");
    }

    @Test
    void cannotApproveAnAccountWhoseEmailIsUnconfirmed() {
        Account account = signedUp();
        assertThrows(IllegalStateException.class, () -> account.approve(OPERATOR, T1));
        assertThrows(IllegalStateException.class, () -> account.reject(OPERATOR, T1, null));
        assertEquals(AccountStatus.PENDING_VERIFICATION, account.getStatus());
    }

    @Test
    void cannotApproveAnInvitedAccount() {
        Account account = invited();
        assertThrows(IllegalStateException.class, () -> account.approve(OPERATOR, T1));
        assertEquals(AccountStatus.INVITED, account.getStatus());
    }

    @Test
    void aDecidedApplicationCannotBeDecidedAgain() {
        Account approved = pending();
        approved.approve(OPERATOR, T1);
        assertThrows(IllegalStateException.class, () -> approved.approve(OPERATOR, T1));
        assertThrows(IllegalStateException.class, () -> approved.reject(OPERATOR, T1, null));
        assertEquals(AccountStatus.ACTIVE, approved.getStatus());

        Account rejected = pending();
        rejected.reject(OPERATOR, T1, null);
        assertThrows(IllegalStateException.class, () -> rejected.approve(OPERATOR, T1));
        assertThrows(IllegalStateException.class, () -> rejected.reject(OPERATOR, T1, null));
        assertEquals(AccountStatus.REJECTED, rejected.getStatus());
    }

    @Test
    void anAutomaticallyApprovedAccountCannotBeDecided() {
        Account account = signedUp();
        account.confirmEmail(T0, false);
        assertThrows(IllegalStateException.class, () -> account.approve(OPERATOR, T1));
        assertThrows(IllegalStateException.class, () -> account.reject(OPERATOR, T1, null));
    }

    @Test
    void noOtherPathActivatesAPendingOrRejectedAccount() {
        Account waiting = pending();
        Account rejected = pending();
        rejected.reject(OPERATOR, T1, null);
        for (Account account : new Account[] {waiting, rejected}) {
            AccountStatus before = account.getStatus();
            assertThrows(IllegalStateException.class, () -> account.confirmEmail(T1, false), "confirming again");
            assertThrows(IllegalStateException.class, () -> account.resetPassword("new-hash", T1), "password reset");
            assertThrows(IllegalStateException.class, () -> account.changePassword("new-hash", T1), "password change");
            assertThrows(IllegalStateException.class, () -> account.acceptInvitation("new-hash", T1), "invitation");
            assertThrows(IllegalStateException.class, () -> account.loginSucceeded(T1), "login");
            assertEquals(before, account.getStatus(), before + " stays " + before);
            assertFalse(account.canLogIn());
        }
    }
}

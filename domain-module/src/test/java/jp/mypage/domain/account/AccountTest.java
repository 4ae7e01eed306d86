package jp.mypage.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant T0 = Instant.parse("2026-11-23T00:00:00Z");

    private static Account personal() {
        Profile profile = Profile.builder().personName("山田 太郎").personNameKana("ヤマダ タロウ").phone("0312345678").build();
        return Account.signUp(AccountType.PERSONAL, EmailAddress.of("taro@example.jp"), "hash", profile,
                Locale.JAPANESE, T0);
    }

    @Test
    void newAccountWaitsForConfirmationAndCannotLogIn() {
        Account account = personal();
        assertEquals(AccountStatus.PENDING_VERIFICATION, account.getStatus());
        assertFalse(account.canLogIn(), "no login before 本登録");
    }

    @Test
    void confirmationActivatesWithAutomaticApprovalOrWaitsForAnOperator() {
        Account automatic = personal();
        AccountEvent event = automatic.confirmEmail(T0, false);
        assertEquals(AccountStatus.ACTIVE, automatic.getStatus());
        assertEquals(AccountEventType.EMAIL_CONFIRMED, event.getType());
        assertEquals(AccountStatus.ACTIVE, event.getStatusAfter(), "the event records the status it led to");

        Account approval = personal();
        approval.confirmEmail(T0, true);
        assertEquals(AccountStatus.PENDING_APPROVAL, approval.getStatus());
        assertFalse(approval.canLogIn());
    }

    @Test
    void refusesASecondConfirmation() {
        Account account = personal();
        account.confirmEmail(T0, false);
        assertThrows(IllegalStateException.class, () -> account.confirmEmail(T0, false));
    }

    @Test
    void repeatedSignUpReplacesThePendingPasswordProfileAndLanguageOnlyBeforeConfirmation() {
        Account account = personal();
        Profile other = Profile.builder().personName("Hanako Owner").personNameKana("オーナー").phone("0399999999").build();
        AccountEvent event = account.replacePendingSignUp("other hash", other, Locale.ENGLISH, T0);
        assertEquals(AccountEventType.SIGN_UP_REPLACED, event.getType());
        assertEquals(Optional.of("other hash"), account.getPasswordHash(), "the new sign-up's password");
        assertEquals("Hanako Owner", account.getProfile().getPersonName(), "the new sign-up's profile");
        assertEquals(Locale.ENGLISH, account.getLocale(), "the new sign-up's language");

        account.confirmEmail(T0, false);
        assertThrows(IllegalStateException.class, () -> account.replacePendingSignUp("third", other, Locale.JAPANESE, T0),
                "a confirmed account has an owner: a sign-up replaces nothing");
    }

    @Test
    void resetOfAnUnconfirmedAccountTakesTheNewPasswordAndMayThenBeConfirmed() {
        Account account = personal();
        account.resetPassword("new hash", T0);
        assertEquals(Optional.of("new hash"), account.getPasswordHash());
        account.confirmEmail(T0, false);
        assertTrue(account.canLogIn(), "confirmed with the password chosen through the link");
    }

    @Test
    void corporateAccountRequiresCompanyAndAddress() {
        Profile incomplete = Profile.builder().personName("佐藤").personNameKana("サトウ").phone("0312345678").build();
        assertThrows(IllegalArgumentException.class, () -> Account.signUp(AccountType.CORPORATE,
                EmailAddress.of("hr@example.jp"), "hash", incomplete, Locale.JAPANESE, T0));
    }

    @Test
    void repeatedFailuresSlowDownThenLock() {
        Account account = personal();
        account.confirmEmail(T0, false);
        account.loginFailed(T0);
        account.loginFailed(T0);
        assertFalse(account.isLockedAt(T0), "two failures cost nothing");
        AccountEvent third = account.loginFailed(T0);
        assertEquals(AccountEventType.LOCKED, third.getType());
        assertTrue(account.isLockedAt(T0.plusSeconds(29)), "the third failure locks for 30 s");
        assertFalse(account.isLockedAt(T0.plusSeconds(30)));
        account.loginFailed(T0);
        account.loginFailed(T0);
        assertTrue(account.isLockedAt(T0.plus(Duration.ofMinutes(14))), "the fifth locks for 15 min");
        assertFalse(account.isLockedAt(T0.plus(Duration.ofMinutes(15))));
        account.loginSucceeded(T0.plus(Duration.ofMinutes(15)));
        assertEquals(0, account.getFailedLogins(), "a successful login clears the count");
    }

    @Test
    void lockedAccountCannotLogInEvenWhenAskedDirectly() {
        Account account = personal();
        account.confirmEmail(T0, false);
        for (int i = 0; i < 5; i++) {
            account.loginFailed(T0);
        }
        assertThrows(IllegalStateException.class, () -> account.loginSucceeded(T0.plusSeconds(60)));
    }

    private static Account invitedPersonal() {
        Profile profile = Profile.builder().personName("鈴木 花子").personNameKana("スズキ ハナコ").phone("0312345678").build();
        return Account.invite(AccountType.PERSONAL, EmailAddress.of("hanako@example.jp"), profile, Locale.ENGLISH, T0);
    }

    @Test
    void invitedAccountHasNoPasswordAndCannotLogIn() {
        Account account = invitedPersonal();
        assertEquals(AccountStatus.INVITED, account.getStatus());
        assertEquals(Optional.empty(), account.getPasswordHash(), "the invitee chooses the password");
        assertEquals(Optional.empty(), account.getEmailConfirmedAt(), "nobody has read the invitation yet");
        assertEquals(Locale.ENGLISH, account.getLocale(), "mails go out in the language the operator chose");
        assertFalse(account.canLogIn());
        assertThrows(IllegalStateException.class, () -> account.loginSucceeded(T0));
    }

    @Test
    void invitationRecordsTheOperatorAsActor() {
        AccountEvent event = invitedPersonal().invitedEvent("operator:12", "account list import 7, row 3");
        assertEquals(AccountEventType.INVITED, event.getType());
        assertEquals("operator:12", event.getActor());
        assertEquals(AccountStatus.INVITED, event.getStatusAfter());
        assertEquals(T0, event.getOccurredAt(), "the invitation happened when the account was created");
    }

    @Test
    void acceptingTheInvitationActivatesAndConfirmsTheAddress() {
        Account account = invitedPersonal();
        Instant accepted = T0.plus(Duration.ofDays(2));
        AccountEvent event = account.acceptInvitation("hash", accepted);
        assertEquals(AccountStatus.ACTIVE, account.getStatus());
        assertEquals(Optional.of("hash"), account.getPasswordHash());
        assertEquals(Optional.of(accepted), account.getEmailConfirmedAt(), "the invitation mail proved the mailbox");
        assertEquals(AccountEventType.INVITATION_ACCEPTED, event.getType());
        assertEquals(AccountEvent.ACTOR_SELF, event.getActor());
        assertEquals(AccountStatus.ACTIVE, event.getStatusAfter());
        assertTrue(account.canLogIn());
    }

    @Test
    void refusesASecondAcceptanceAndAcceptanceWithoutPassword() {
        Account withoutHash = invitedPersonal();
        assertThrows(IllegalArgumentException.class, () -> withoutHash.acceptInvitation(" ", T0));
        assertEquals(AccountStatus.INVITED, withoutHash.getStatus(), "a refused acceptance changes nothing");

        Account accepted = invitedPersonal();
        accepted.acceptInvitation("hash", T0);
        assertThrows(IllegalStateException.class, () -> accepted.acceptInvitation("other", T0));
        assertThrows(IllegalStateException.class, () -> personal().acceptInvitation("hash", T0),
                "only an invited account accepts an invitation");
    }

    @Test
    void otherTransitionsNeverActivateAnInvitedAccount() {
        Account account = invitedPersonal();
        assertThrows(IllegalStateException.class, () -> account.confirmEmail(T0, false));
        assertThrows(IllegalStateException.class, () -> account.resetPassword("hash", T0));
        assertThrows(IllegalStateException.class, () -> account.changePassword("hash", T0));
        assertThrows(IllegalStateException.class, () -> personal().invitedEvent("operator:1", null),
                "a signed-up account was not invited");
        assertEquals(AccountStatus.INVITED, account.getStatus());
    }

    @Test
    void invitedCorporateAccountRequiresCompanyAndAddress() {
        Profile incomplete = Profile.builder().personName("佐藤").personNameKana("サトウ").phone("0312345678").build();
        assertThrows(IllegalArgumentException.class, () -> Account.invite(AccountType.CORPORATE,
                EmailAddress.of("hr@example.jp"), incomplete, Locale.JAPANESE, T0));
    }
}

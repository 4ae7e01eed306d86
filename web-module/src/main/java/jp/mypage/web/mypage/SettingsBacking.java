package jp.mypage.web.mypage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.account.AccountType;
import jp.mypage.password.PasswordPolicy;
import jp.mypage.password.WeakPasswordException;
import jp.mypage.linking.LinkSummary;
import jp.mypage.linking.LinkingService;
import jp.mypage.history.LearningHistoryService;
import jp.mypage.domain.linking.LinkStatus;
import jp.mypage.linking.LinkAttemptsExceededException;
import jp.mypage.linking.LinkChangesExceededException;
import jp.mypage.linking.UnknownCorporateException;
import jp.mypage.profile.ProfileForm;
import jp.mypage.settings.AccountSettingsService;
import jp.mypage.settings.WrongPasswordException;
import jp.mypage.web.i18n.Messages;
import jp.mypage.web.security.SessionRenewal;
import jp.mypage.password.PasswordChecksBusyException;
import jp.mypage.throttle.ThrottledAction;
import jp.mypage.web.support.SourceLimit;
import jp.mypage.web.support.CompleteForm;

/**
 * 登録情報設定, {@code /mypage/settings}: for a learner first 法人ID連携 (連携先法人メールアドレス), then
 * the profile (both saved with the dialog 情報変更完了), the password (changed with the current one;
 * other sessions end) and 他の端末からログアウト.
 */
@Named
@ViewScoped
public class SettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CompleteForm completeForm;

    @Inject
    private AccountSettingsService settings;

    @Inject
    private PasswordPolicy passwordPolicy;

    @Inject
    private LinkingService linking;

    @Inject
    private SessionRenewal sessionRenewal;

    @Inject
    private LearningHistoryService history;

    @Inject
    private SourceLimit sourceLimit;

    private boolean historyShared;

    private String corporateEmail;
    private LinkSummary link;
    private LinkSummary request;
    private boolean linkSaved;
    private boolean linkRequested;

    private ProfileForm profile;
    private String email;
    private boolean corporate;
    private boolean profileSaved;
    private String currentPassword;
    private String newPassword;
    private String newPasswordConfirmation;

    /** The page's view action. */
    public void load() {
        if (profile == null) {
            Account account = settings.myAccount();
            email = account.getEmail().value();
            corporate = account.getType() == AccountType.CORPORATE;
            profile = settings.myProfileForm();
            if (!corporate) {
                loadLink();
                historyShared = history.isMyHistoryShared();
            }
        }
    }

    private void loadLink() {
        link = linking.myLink().orElse(null);
        request = linking.myRequest().orElse(null);
    }

    /**
     * 法人ID連携: links to the corporate account with the entered email, or files a request when the
     * company confirms links first; either way shows 情報変更完了.
     */
    public void saveLink() {
        if (!sourceLimit.admit(ThrottledAction.CORPORATE_LINK)) {
            return;
        }
        try {
            linkRequested = linking.linkTo(corporateEmail) == LinkStatus.REQUESTED;
            corporateEmail = null;
            linkSaved = true;
        } catch (UnknownCorporateException | LinkAttemptsExceededException | LinkChangesExceededException e) {
            Messages.error(e.messageKey());
        }
        loadLink();
    }

    public void unlink() {
        linking.unlink();
        loadLink();
        Messages.info("linking.unlinked");
    }

    public void withdrawRequest() {
        linking.withdrawRequest();
        loadLink();
        Messages.info("linking.requestWithdrawn");
    }

    public LinkSummary getLink() {
        return link;
    }

    /** The learner's request that waits for a company (確認してから承認). */
    public LinkSummary getRequest() {
        return request;
    }

    /** Whether the last save filed a request rather than a link. */
    public boolean isLinkRequested() {
        return linkRequested;
    }

    public String getCorporateEmail() {
        return corporateEmail;
    }

    public void setCorporateEmail(String corporateEmail) {
        this.corporateEmail = corporateEmail;
    }

    /** Whether the dialog 情報変更完了 is due: after the profile or the link was saved. */
    public boolean isChangesSaved() {
        return profileSaved || linkSaved;
    }

    public void saveProfile() {
        if (!completeForm.check(profile)) {
            return;
        }
        settings.changeProfile(profile);
        profileSaved = true;
        linkRequested = false;
    }

    public void changePassword() {
        try {
            sessionRenewal.renewAt(settings.changePassword(currentPassword, newPassword));
            Messages.info("settings.passwordChanged");
        } catch (WrongPasswordException e) {
            Messages.error(e.messageKey());
        } catch (WeakPasswordException e) {
            Messages.error(e.messageKey(), passwordPolicy.minLength(), PasswordPolicy.MAX_LENGTH);
        } catch (PasswordChecksBusyException e) {
            sourceLimit.refuse();
        } finally {
            currentPassword = null;
            newPassword = null;
            newPasswordConfirmation = null;
        }
    }

    /** 他の端末からログアウト: every other session of the account ends; this one goes on. */
    public void endOtherSessions() {
        sessionRenewal.renewAt(settings.endOtherSessions());
        Messages.info("settings.otherSessionsEnded");
    }

    public ProfileForm getProfile() {
        return profile;
    }

    public String getEmail() {
        return email;
    }

    public boolean isCorporate() {
        return corporate;
    }

    public boolean isProfileSaved() {
        return profileSaved;
    }

    public int getPasswordMinLength() {
        return passwordPolicy.minLength();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPasswordConfirmation() {
        return newPasswordConfirmation;
    }

    public void setNewPasswordConfirmation(String newPasswordConfirmation) {
        this.newPasswordConfirmation = newPasswordConfirmation;
    }

    /** 受講履歴の公開: whether the company the learner is linked to also sees the trainings they bought themself. */
    public void saveSharing() {
        history.shareMyHistory(historyShared);
        Messages.info(historyShared ? "history.sharing.on" : "history.sharing.off");
    }

    public boolean isHistoryShared() {
        return historyShared;
    }

    public void setHistoryShared(boolean historyShared) {
        this.historyShared = historyShared;
    }
}

package jp.mypage.profile;

import java.io.Serializable;
import jp.mypage.domain.account.AccountType;
import jp.mypage.domain.account.Profile;

/**
 * The profile fields of a sign-up or 登録情報設定 form, for one account type. Setters clean the
 * input (full-width digits and letters become ASCII, half-width kana full-width) before the
 * constraints check it; each constraint message is a bundle key.
 */
public abstract class ProfileForm implements Serializable {

    private static final long serialVersionUID = 1L;

    public abstract AccountType accountType();

    public abstract Profile toProfile();

    /** A form of the right kind, pre-filled with a stored profile. */
    public static ProfileForm of(AccountType type, Profile profile) {
        return type == AccountType.PERSONAL ? PersonalProfileForm.of(profile) : CorporateProfileForm.of(profile);
    }

    /** An empty form of the right kind. */
    public static ProfileForm empty(AccountType type) {
        return type == AccountType.PERSONAL ? new PersonalProfileForm() : new CorporateProfileForm();
    }
}

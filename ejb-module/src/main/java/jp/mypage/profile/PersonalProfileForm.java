package jp.mypage.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jp.mypage.domain.account.AccountType;
import jp.mypage.domain.account.Profile;

/** 個人 profile: the learner's name and フリガナ, phone, and optionally employer and department. */
public class PersonalProfileForm extends ProfileForm {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{validation.required}")
    @Size(max = Profile.PERSON_NAME_MAX, message = "{validation.tooLong}")
    private String name;

    @NotBlank(message = "{validation.required}")
    @Size(max = Profile.KANA_MAX, message = "{validation.tooLong}")
    @KanaFormat
    private String nameKana;

    @NotBlank(message = "{validation.required}")
    @Size(max = Profile.PHONE_MAX, message = "{validation.tooLong}")
    @PhoneFormat
    private String phone;

    @Size(max = Profile.ORGANIZATION_MAX, message = "{validation.tooLong}")
    private String employer;

    @Size(max = Profile.DEPARTMENT_MAX, message = "{validation.tooLong}")
    private String department;

    @Override
    public AccountType accountType() {
        return AccountType.PERSONAL;
    }

    /** A form pre-filled with a stored profile, for 登録情報設定. */
    public static PersonalProfileForm of(Profile profile) {
        PersonalProfileForm form = new PersonalProfileForm();
        form.name = profile.getPersonName();
        form.nameKana = profile.getPersonNameKana();
        form.phone = profile.getPhone();
        form.employer = profile.getOrganizationName();
        form.department = profile.getDepartment();
        return form;
    }

    @Override
    public Profile toProfile() {
        return Profile.builder().personName(name).personNameKana(nameKana).phone(phone)
                .organizationName(employer).department(department).build();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Text.normalise(name);
    }

    public String getNameKana() {
        return nameKana;
    }

    public void setNameKana(String nameKana) {
        this.nameKana = Text.normalise(nameKana);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = Text.normalise(phone);
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = Text.normalise(employer);
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = Text.normalise(department);
    }
}

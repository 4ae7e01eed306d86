package jp.mypage.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jp.mypage.domain.account.AccountType;
import jp.mypage.domain.account.Profile;

/** 法人 profile: the company (法人名 and フリガナ), its department, the person in charge
 * (申込・管理担当者) with フリガナ, phone, postal code and address. */
public class CorporateProfileForm extends ProfileForm {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{validation.required}")
    @Size(max = Profile.ORGANIZATION_MAX, message = "{validation.tooLong}")
    private String corporateName;

    @NotBlank(message = "{validation.required}")
    @Size(max = Profile.KANA_MAX, message = "{validation.tooLong}")
    @KanaFormat
    private String corporateNameKana;

    @Size(max = Profile.DEPARTMENT_MAX, message = "{validation.tooLong}")
    private String department;

    @NotBlank(message = "{validation.required}")
    @Size(max = Profile.PERSON_NAME_MAX, message = "{validation.tooLong}")
    private String contactName;

    @NotBlank(message = "{validation.required}")
    @Size(max = Profile.KANA_MAX, message = "{validation.tooLong}")
    @KanaFormat
    private String contactNameKana;

    @NotBlank(message = "{validation.required}")
    @Size(max = Profile.PHONE_MAX, message = "{validation.tooLong}")
    @PhoneFormat
    private String phone;

    @NotBlank(message = "{validation.required}")
    @Size(max = Profile.POSTAL_CODE_MAX, message = "{validation.tooLong}")
    @PostalCodeFormat
    private String postalCode;

    @NotBlank(message = "{validation.required}")
    @Size(max = Profile.ADDRESS_MAX, message = "{validation.tooLong}")
    private String address;

    @Override
    public AccountType accountType() {
        return AccountType.CORPORATE;
    }

    /** A form pre-filled with a stored profile, for 登録情報設定. */
    public static CorporateProfileForm of(Profile profile) {
        CorporateProfileForm form = new CorporateProfileForm();
        form.corporateName = profile.getOrganizationName();
        form.corporateNameKana = profile.getOrganizationNameKana();
        form.department = profile.getDepartment();
        form.contactName = profile.getPersonName();
        form.contactNameKana = profile.getPersonNameKana();
        form.phone = profile.getPhone();
        form.postalCode = profile.getPostalCode();
        form.address = profile.getAddress();
        return form;
    }

    @Override
    public Profile toProfile() {
        return Profile.builder().organizationName(corporateName).organizationNameKana(corporateNameKana)
                .department(department).personName(contactName).personNameKana(contactNameKana)
                .phone(phone).postalCode(postalCode).address(address).build();
    }

    public String getCorporateName() {
        return corporateName;
    }

    public void setCorporateName(String corporateName) {
        this.corporateName = Text.normalise(corporateName);
    }

    public String getCorporateNameKana() {
        return corporateNameKana;
    }

    public void setCorporateNameKana(String corporateNameKana) {
        this.corporateNameKana = Text.normalise(corporateNameKana);
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = Text.normalise(department);
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = Text.normalise(contactName);
    }

    public String getContactNameKana() {
        return contactNameKana;
    }

    public void setContactNameKana(String contactNameKana) {
        this.contactNameKana = Text.normalise(contactNameKana);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = Text.normalise(phone);
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = Text.normalise(postalCode);
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = Text.normalise(address);
    }
}

package jp.mypage.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * What an account holder tells about themself. A personal account names the learner and,
 * optionally, their employer and department; a corporate account names the company (法人名),
 * its department and the person in charge (担当者), with the company's postal address.
 * The lengths are the columns' and the forms' limits alike.
 */
@Embeddable
public class Profile implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int PERSON_NAME_MAX = 100;
    public static final int KANA_MAX = 100;
    public static final int ORGANIZATION_MAX = 200;
    public static final int DEPARTMENT_MAX = 100;
    public static final int PHONE_MAX = 20;
    public static final int POSTAL_CODE_MAX = 8;
    public static final int ADDRESS_MAX = 300;

    @Column(name = "person_name", length = PERSON_NAME_MAX, nullable = false)
    private String personName;

    @Column(name = "person_name_kana", length = KANA_MAX, nullable = false)
    private String personNameKana;

    @Column(name = "organization_name", length = ORGANIZATION_MAX)
    private String organizationName;

    @Column(name = "organization_name_kana", length = KANA_MAX)
    private String organizationNameKana;

    @Column(name = "department", length = DEPARTMENT_MAX)
    private String department;

    @Column(name = "phone", length = PHONE_MAX, nullable = false)
    private String phone;

    @Column(name = "postal_code", length = POSTAL_CODE_MAX)
    private String postalCode;

    @Column(name = "address", length = ADDRESS_MAX)
    private String address;

    protected Profile() {
        // for JPA
    }

    private Profile(Builder builder) {
        this.personName = blankToNull(builder.personName);
        this.personNameKana = blankToNull(builder.personNameKana);
        this.organizationName = blankToNull(builder.organizationName);
        this.organizationNameKana = blankToNull(builder.organizationNameKana);
        this.department = blankToNull(builder.department);
        this.phone = blankToNull(builder.phone);
        this.postalCode = blankToNull(builder.postalCode);
        this.address = blankToNull(builder.address);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this profile, to derive a changed copy. */
    public Builder toBuilder() {
        return builder().personName(personName).personNameKana(personNameKana)
                .organizationName(organizationName).organizationNameKana(organizationNameKana)
                .department(department).phone(phone).postalCode(postalCode).address(address);
    }

    /**
     * Refuses a profile that lacks what the account type requires.
     *
     * @throws IllegalArgumentException naming the first missing field
     */
    void requireCompleteFor(AccountType type) {
        require(personName, "personName");
        require(personNameKana, "personNameKana");
        require(phone, "phone");
        if (type == AccountType.CORPORATE) {
            require(organizationName, "organizationName");
            require(organizationNameKana, "organizationNameKana");
            require(postalCode, "postalCode");
            require(address, "address");
        }
    }

    private static void require(String value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("Profile field required: " + field);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getPersonName() {
        return personName;
    }

    public String getPersonNameKana() {
        return personNameKana;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public String getOrganizationNameKana() {
        return organizationNameKana;
    }

    public String getDepartment() {
        return department;
    }

    public String getPhone() {
        return phone;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getAddress() {
        return address;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Profile that
                && Objects.equals(personName, that.personName)
                && Objects.equals(personNameKana, that.personNameKana)
                && Objects.equals(organizationName, that.organizationName)
                && Objects.equals(organizationNameKana, that.organizationNameKana)
                && Objects.equals(department, that.department)
                && Objects.equals(phone, that.phone)
                && Objects.equals(postalCode, that.postalCode)
                && Objects.equals(address, that.address);
    }

    @Override
    public int hashCode() {
        return Objects.hash(personName, personNameKana, organizationName, organizationNameKana,
                department, phone, postalCode, address);
    }

    /** Collects the fields of a {@link Profile}; blank values count as absent. */
    public static final class Builder {
        private String personName;
        private String personNameKana;
        private String organizationName;
        private String organizationNameKana;
        private String department;
        private String phone;
        private String postalCode;
        private String address;

        private Builder() {
        }

        public Builder personName(String value) {
            this.personName = value;
            return this;
        }

        public Builder personNameKana(String value) {
            this.personNameKana = value;
            return this;
        }

        public Builder organizationName(String value) {
            this.organizationName = value;
            return this;
        }

        public Builder organizationNameKana(String value) {
            this.organizationNameKana = value;
            return this;
        }

        public Builder department(String value) {
            this.department = value;
            return this;
        }

        public Builder phone(String value) {
            this.phone = value;
            return this;
        }

        public Builder postalCode(String value) {
            this.postalCode = value;
            return this;
        }

        public Builder address(String value) {
            this.address = value;
            return this;
        }

        public Profile build() {
            return new Profile(this);
        }
    }
}

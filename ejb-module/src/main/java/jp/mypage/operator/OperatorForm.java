package jp.mypage.operator;

import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import jakarta.validation.constraints.Size;
import jp.mypage.domain.account.EmailAddress;
import jp.mypage.domain.operator.Operator;
import jp.mypage.password.PasswordPolicy;
import jp.mypage.profile.EmailFormat;
import jp.mypage.profile.Text;

/**
 * A new operator: name, email address and initial password. The setters normalise input. The
 * password is used in the request that submits it and is not kept in the page's replicated state.
 */
public class OperatorForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{validation.required}")
    @Size(max = Operator.NAME_MAX, message = "{validation.tooLong}")
    private String name;

    @NotBlank(message = "{validation.required}")
    @Size(max = EmailAddress.MAX_LENGTH, message = "{validation.tooLong}")
    @EmailFormat
    private String email;

    @NotBlank(message = "{validation.required}")
    @Size(max = PasswordPolicy.MAX_LENGTH, message = "{validation.tooLong}")
    private transient String password;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Text.normalise(name);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = Text.normalise(email);
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

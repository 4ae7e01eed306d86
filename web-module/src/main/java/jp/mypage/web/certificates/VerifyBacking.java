package jp.mypage.web.certificates;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.mypage.learning.CertificateVerification;
import jp.mypage.learning.VerifiedCertificate;

/**
 * {@code /certificates/verify}: anyone types (or opens a link with) a 修了証's verification code and
 * learns whether it is a certificate the portal issued, with what the certificate prints; a
 * malformed or unknown code says only that it is unknown.
 */
@Named
@RequestScoped
public class VerifyBacking {

    @Inject
    private CertificateVerification verification;

    private String code;
    private boolean checked;
    private VerifiedCertificate result;

    /** The view action: a link with {@code ?code=} is checked at once. */
    public void verifyFromLink() {
        if (code != null && !code.isBlank()) {
            verify();
        }
    }

    public String verify() {
        checked = true;
        result = verification.verify(code).orElse(null);
        return null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isChecked() {
        return checked;
    }

    public VerifiedCertificate getResult() {
        return result;
    }
}

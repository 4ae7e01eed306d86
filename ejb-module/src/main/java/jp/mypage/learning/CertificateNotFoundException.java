package jp.mypage.learning;

import jp.mypage.common.BusinessException;

/** No certificate of the caller's for this seat. */
public class CertificateNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CertificateNotFoundException() {
        super("No certificate of the caller's for this seat");
    }

    @Override
    public String messageKey() {
        return "certificate.notFound";
    }
}

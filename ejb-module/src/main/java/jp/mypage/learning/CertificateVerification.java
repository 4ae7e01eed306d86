package jp.mypage.learning;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import jp.mypage.domain.learning.Certificate;

/** 修了証の照合 for anyone holding a certificate's verification code; no account needed. */
@Stateless
@PermitAll
public class CertificateVerification {

    @PersistenceContext
    private EntityManager em;

    /** The certificate of a typed code; empty for a code that is malformed or unknown. */
    public Optional<VerifiedCertificate> verify(String typedCode) {
        return CertificateIssuer.normalise(typedCode)
                .flatMap(code -> em.createNamedQuery(Certificate.BY_CODE, Certificate.class).setParameter("code", code)
                        .getResultStream().findFirst())
                .map(c -> new VerifiedCertificate(c.getNumber(), c.getLearnerName(), c.getCourseTitle(),
                        c.getCompletedOn(), c.isValid()));
    }
}

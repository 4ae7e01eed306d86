package jp.mypage.learning;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What {@code /certificates/verify} confirms of a code: what the certificate itself prints, and
 * whether it is still valid. Nothing else (no email, no company, no other training).
 */
public record VerifiedCertificate(String number, String learnerName, String courseTitle, LocalDate completedOn,
        boolean valid) implements Serializable {
}

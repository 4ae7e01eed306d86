package jp.mypage.operator;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The codes of operators' 2段階認証, over {@code dev.samstevens.totp}: TOTP as RFC 6238 with the
 * parameters every authenticator app reads from an {@code otpauth://} QR code (HMAC-SHA1, 6 digits,
 * 30-second steps), 160-bit secrets, and recovery codes. A code is accepted for the step of the
 * server's time and the steps either side (a phone's clock a little off, a code typed as it
 * changed); which step matched is returned, so that each is accepted once.
 */
@ApplicationScoped
public class SecondFactorCodes {

    public static final int PERIOD_SECONDS = 30;
    public static final int DIGITS = 6;
    /** Steps accepted either side of the server's (RFC 6238 §5.2: at most one is recommended). */
    public static final int STEPS_EITHER_SIDE = 1;
    public static final int RECOVERY_CODES = 10;

    private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);
    private final RecoveryCodeGenerator recoveryCodes = new RecoveryCodeGenerator();

    /** A new secret: 32 Base32 characters (160 bits, RFC 4226's recommended length). */
    public String newSecret() {
        return secrets.generate();
    }

    /** The time step of an instant. */
    public static long stepAt(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), PERIOD_SECONDS);
    }

    /**
     * The step whose code this is, among the steps accepted at {@code now}; empty if none. Spaces in
     * what was typed are ignored ("123 456"), full-width digits count as digits.
     */
    public OptionalLong matchingStep(String secret, String typed, Instant now) {
        String code = typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("\\s", "");
        if (!code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        byte[] given = code.getBytes(StandardCharsets.US_ASCII);
        long current = stepAt(now);
        OptionalLong found = OptionalLong.empty();
        for (long step = current - STEPS_EITHER_SIDE; step <= current + STEPS_EITHER_SIDE; step++) {
            // every step is compared, in constant time: how long the answer takes tells nothing
            if (MessageDigest.isEqual(codeAt(secret, step).getBytes(StandardCharsets.US_ASCII), given) && found.isEmpty()) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }

    /** The code of a step (what the authenticator app shows during it). */
    public String codeAt(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalArgumentException("not a TOTP secret", e);
        }
    }

    /** The {@code otpauth://totp/} URI an authenticator app reads from the QR code. */
    public String enrolmentUri(String secret, String issuer, String account) {
        return new QrData.Builder()
                .label(account)
                .secret(secret)
                .issuer(issuer)
                .algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS)
                .period(PERIOD_SECONDS)
                .build()
                .getUri();
    }

    /**
     * The QR code of a text as an SVG image (one path of dark modules on white, with the quiet zone):
     * drawn from ZXing's matrix, so no image library is needed, and it scales sharply on any screen.
     */
    public String qrSvg(String text) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 4, EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("no QR code for this text", e);
        }
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height
                + "\" shape-rendering=\"crispEdges\" aria-hidden=\"true\" focusable=\"false\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    /** New recovery codes as the operator sees them ({@code xxxx-xxxx-xxxx-xxxx}, 16 of 36 characters each). */
    public List<String> newRecoveryCodes() {
        return List.of(recoveryCodes.generateCodes(RECOVERY_CODES));
    }

    /**
     * Whether what was typed may be a recovery code (not an authenticator code): letters and digits
     * besides hyphens and spaces, 16 once those are left out.
     */
    public static boolean looksLikeRecoveryCode(String typed) {
        return typed != null && normalise(typed).matches("[a-z0-9]{16}");
    }

    /** The hex SHA-256 a recovery code is kept as, whatever case, hyphens and spaces it was typed with. */
    public static String recoveryCodeHash(String typed) {
        return sha256(normalise(typed));
    }

    /** The hex SHA-256 of a text, as it is. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String normalise(String typed) {
        // full-width letters and digits (an IME left on) count as the plain ones; a long-vowel mark as a hyphen
        return Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("[\\s\\-‐ー]", "").toLowerCase(Locale.ROOT);
    }
}

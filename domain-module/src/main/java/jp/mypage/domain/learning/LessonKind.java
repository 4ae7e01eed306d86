package jp.mypage.domain.learning;

import java.util.Locale;
import java.util.Optional;

/** What a lesson's file is: a video the player plays, or a PDF the learner reads. */
public enum LessonKind {
    VIDEO("video/mp4", "video/webm"),
    PDF("application/pdf");

    private final String[] contentTypes;

    LessonKind(String... contentTypes) {
        this.contentTypes = contentTypes;
    }

    /**
     * What the file's first bytes say it is, whatever its name or the browser claims: a PDF
     * ({@code %PDF-}), an MP4 (an {@code ftyp} box) or a WebM (an EBML header).
     *
     * @return the content type to serve it with, or empty for anything else
     */
    public static Optional<String> sniff(byte[] head) {
        if (head.length >= 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F' && head[4] == '-') {
            return Optional.of("application/pdf");
        }
        if (head.length >= 12 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p') {
            return Optional.of("video/mp4");
        }
        if (head.length >= 4 && (head[0] & 0xff) == 0x1a && (head[1] & 0xff) == 0x45 && (head[2] & 0xff) == 0xdf
                && (head[3] & 0xff) == 0xa3) {
            return Optional.of("video/webm");
        }
        return Optional.empty();
    }

    /** The kind of a content type this enum accepts. */
    public static Optional<LessonKind> of(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.toLowerCase(Locale.ROOT).split(";")[0].trim();
        for (LessonKind kind : values()) {
            for (String accepted : kind.contentTypes) {
                if (accepted.equals(type)) {
                    return Optional.of(kind);
                }
            }
        }
        return Optional.empty();
    }
}

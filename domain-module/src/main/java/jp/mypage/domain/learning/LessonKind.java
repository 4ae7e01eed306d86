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

    /** The kind of an uploaded file by its content type as the server sniffed or the browser said. */
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

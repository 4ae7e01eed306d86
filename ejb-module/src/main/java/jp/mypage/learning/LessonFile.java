package jp.mypage.learning;

import java.nio.file.Path;

/** A lesson's stored file, for the content servlet to stream (with ranges). */
public record LessonFile(Path path, String contentType, String fileName) {
}

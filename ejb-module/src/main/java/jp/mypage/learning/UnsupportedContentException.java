package jp.mypage.learning;

import jp.mypage.common.BusinessException;

/** The file is neither a PDF nor an MP4 or WebM video. */
public class UnsupportedContentException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnsupportedContentException() {
        super("The file is neither a PDF nor an MP4 or WebM video");
    }

    @Override
    public String messageKey() {
        return "lesson.unsupported";
    }
}

package jp.mypage.learning;

import jp.mypage.common.BusinessException;

/** The uploaded file is larger than the content store takes. */
public class ContentTooLargeException extends BusinessException {

    private static final long serialVersionUID = 1L;
    private final long maxMegabytes;

    public ContentTooLargeException(long maxMegabytes) {
        super("The file is larger than " + maxMegabytes + " MB");
        this.maxMegabytes = maxMegabytes;
    }

    @Override
    public String messageKey() {
        return "lesson.tooLarge";
    }

    @Override
    public Object[] messageArguments() {
        return new Object[] {maxMegabytes};
    }
}

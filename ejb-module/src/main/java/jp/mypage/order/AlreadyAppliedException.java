package jp.mypage.order;

import java.util.List;
import jp.mypage.common.BusinessException;

/** A learner already holds an active seat of this session (or of this 動画配信 course); the names say who. */
public class AlreadyAppliedException extends BusinessException {

    private static final long serialVersionUID = 1L;
    private final List<String> names;

    public AlreadyAppliedException(List<String> names) {
        super("Already applied: " + names.size() + " learner(s)");
        this.names = List.copyOf(names);
    }

    @Override
    public String messageKey() {
        return "order.alreadyApplied";
    }

    /** The first names (at most 20), for the message. */
    @Override
    public Object[] messageArguments() {
        return new Object[] {String.join("、", names.subList(0, Math.min(20, names.size())))};
    }

    public List<String> names() {
        return names;
    }
}

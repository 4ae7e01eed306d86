package jp.mypage.web.mypage;

import java.util.Optional;

/** Ids as they come from a URL or a form: anything that is not a positive number is no id. */
public final class Ids {

    private Ids() {
    }

    public static Optional<Long> parse(String value) {
        try {
            long id = Long.parseLong(value == null ? "" : value.strip());
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

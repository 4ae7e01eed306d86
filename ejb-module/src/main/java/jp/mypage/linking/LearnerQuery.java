package jp.mypage.linking;

import java.io.Serializable;
import java.util.Objects;
import jp.mypage.common.LikePatterns;
import jp.mypage.profile.Text;

/**
 * What 連携者一覧 shows: a free-text search on name, フリガナ and email (blank for all), and the
 * order. The search is NFKC-normalised like every stored value, and hiragana also finds katakana
 * フリガナ.
 */
public record LearnerQuery(String search, LearnerSort sort, boolean ascending) implements Serializable {

    public static final int SEARCH_MAX = 100;

    public LearnerQuery {
        search = Text.normalise(search);
        if (search != null && search.length() > SEARCH_MAX) {
            search = search.substring(0, SEARCH_MAX);
        }
        sort = Objects.requireNonNullElse(sort, LearnerSort.LINKED_AT);
    }

    /** Newest links first, no search. */
    public static LearnerQuery all() {
        return new LearnerQuery(null, LearnerSort.LINKED_AT, false);
    }

    boolean hasSearch() {
        return search != null && !search.isEmpty();
    }

    /** The LIKE pattern of the search, lower case, with LIKE's own characters escaped by '\'. */
    String likePattern() {
        return LikePatterns.containing(search);
    }

    /** The same pattern with hiragana turned into katakana, for フリガナ. */
    String kanaLikePattern() {
        return LikePatterns.containingKana(search);
    }
}

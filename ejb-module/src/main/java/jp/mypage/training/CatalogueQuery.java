package jp.mypage.training;

import java.io.Serializable;
import java.time.YearMonth;
import jp.mypage.common.LikePatterns;
import jp.mypage.domain.training.DeliveryType;
import jp.mypage.profile.Text;

/** A search of the catalogue: free text over title and code, a delivery type, a month of the sessions (Asia/Tokyo). */
public record CatalogueQuery(String search, DeliveryType delivery, YearMonth month) implements Serializable {

    public static final int SEARCH_MAX = 100;

    public CatalogueQuery {
        search = Text.normalise(search);
        if (search != null && search.length() > SEARCH_MAX) {
            search = search.substring(0, SEARCH_MAX);
        }
    }

    public static CatalogueQuery all() {
        return new CatalogueQuery(null, null, null);
    }

    boolean hasSearch() {
        return search != null && !search.isEmpty();
    }

    String likePattern() {
        return LikePatterns.containing(search);
    }
}

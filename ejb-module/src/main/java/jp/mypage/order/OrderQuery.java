package jp.mypage.order;

import java.io.Serializable;
import jp.mypage.common.LikePatterns;
import jp.mypage.domain.order.OrderStatus;
import jp.mypage.domain.order.PaymentStatus;
import jp.mypage.profile.Text;

/** A filter of お申込み履歴一覧 or 申込管理: status, payment status, free text (申込番号, 研修名; for operators also the buyer). */
public record OrderQuery(OrderStatus status, PaymentStatus payment, String search) implements Serializable {

    public static final int SEARCH_MAX = 100;

    public OrderQuery {
        search = Text.normalise(search);
        if (search != null && search.length() > SEARCH_MAX) {
            search = search.substring(0, SEARCH_MAX);
        }
    }

    public static OrderQuery all() {
        return new OrderQuery(null, null, null);
    }

    boolean hasSearch() {
        return search != null && !search.isEmpty();
    }

    String likePattern() {
        return LikePatterns.containing(search);
    }
}

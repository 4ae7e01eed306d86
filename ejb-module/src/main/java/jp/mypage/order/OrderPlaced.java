package jp.mypage.order;

import java.io.Serializable;

/** 申込完了: the order's id (for its page) and its 申込番号. */
public record OrderPlaced(long orderId, String orderNumber) implements Serializable {
}

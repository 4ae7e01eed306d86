package jp.mypage.domain.order;

/** How an order is paid; 請求書払い (invoice, bank transfer) for now, a gateway can be added. */
public enum PaymentMethod {
    INVOICE
}

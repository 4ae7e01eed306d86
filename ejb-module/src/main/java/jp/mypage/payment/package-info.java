/**
 * How an order is paid, behind one port: 請求書払い (invoice, bank transfer, 入金確認 by an operator)
 * today; a card or bank-transfer gateway is another {@link jp.mypage.payment.PaymentGateway}, and
 * orders do not change when one is added.
 */
package jp.mypage.payment;

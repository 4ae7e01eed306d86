/**
 * What is bought (お申込み): an order of one course or session by an account, its seats (one
 * learner's right to take the training, named or still to be named), what each seat costs after a
 * cancellation, the payment state, and the record of every change of a seat's learner.
 */
package jp.mypage.domain.order;

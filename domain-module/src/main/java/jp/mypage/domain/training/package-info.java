/**
 * The catalogue (研修管理): courses (研修) of three delivery types, the dated sessions (開催回) of
 * live courses with their capacity, and each course's cancellation policy. What is bought lives in
 * {@code jp.mypage.domain.order}.
 */
package jp.mypage.domain.training;

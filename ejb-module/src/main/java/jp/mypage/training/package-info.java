/**
 * The catalogue (研修管理 and 研修一覧): operators create, edit, publish and cancel courses and
 * sessions; learners and companies browse what is published and open. Pages get records, never
 * entities. Buying is {@code jp.mypage.order}.
 */
package jp.mypage.training;

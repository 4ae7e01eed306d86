/**
 * 受講: what a learner does with a seat they hold. The lessons of a 動画配信 course (operators upload
 * them; the files live in the content folder), the player's progress reports, completion within
 * the access period, 出席 / 欠席 of live sessions, the 受講票, 修了証 and their public verification,
 * and the reminders mailed through the outbox. Only a seat's learner takes it: every lookup is
 * bounded by the caller's own seats, and a corporate account is refused by role.
 */
package jp.mypage.learning;

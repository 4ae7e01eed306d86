/**
 * 受講履歴: what learners did with their seats, seen by the learner (every seat they hold, whoever
 * paid), by a company (the seats it bought, always, and the trainings its linked learners bought
 * themselves while they are linked and share them), and by operators (受講状況 per course and
 * session). Its own capability because it reads across orders, links and learning, and owns the
 * learner's sharing choice; every query is one SQL statement bounded by the caller.
 */
package jp.mypage.history;

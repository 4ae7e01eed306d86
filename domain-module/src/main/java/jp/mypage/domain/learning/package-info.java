/**
 * 受講: the lessons of a 動画配信 course, one seat's progress through each of them, the learning
 * status a seat shows in 受講履歴, and the 修了証 of a completed seat. Nothing here knows orders: a
 * progress or certificate row names its seat by id.
 */
package jp.mypage.domain.learning;

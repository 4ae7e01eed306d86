/**
 * 法人ID連携: a learner's (個人) link to their employer's corporate account (法人), which lets the
 * company buy trainings for the learner and follow the learner's history. A learner has at most
 * one active link; an ended link stays as history.
 */
package jp.mypage.domain.linking;

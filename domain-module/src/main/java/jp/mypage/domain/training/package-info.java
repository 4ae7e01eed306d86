/** Trainings bought (お申込み): by a learner for themself, or by a company for linked learners. */
package jp.mypage.domain.training;

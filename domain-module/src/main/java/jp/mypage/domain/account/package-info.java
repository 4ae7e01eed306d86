/**
 * Accounts of learners (個人) and companies (法人): their identity (type and email address),
 * their profile, their status through the account life, and the audit trail of every transition.
 */
package jp.mypage.domain.account;

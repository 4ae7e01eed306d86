/** What every use case shares: the base of the expected business outcomes. */
package jp.mypage.common;

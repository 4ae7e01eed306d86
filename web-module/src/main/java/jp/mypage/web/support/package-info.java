/** What every page shares: security headers, the password policy check, the enums as options. */
package jp.mypage.web.support;

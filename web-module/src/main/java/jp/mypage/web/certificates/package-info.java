/** 修了証の照合, {@code /certificates/verify}: the public page that confirms a certificate's code. */
package jp.mypage.web.certificates;

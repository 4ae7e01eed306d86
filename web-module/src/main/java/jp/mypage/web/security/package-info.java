/**
 * Jakarta Security for the portal: a custom form login on the entry page, an identity store that
 * asks the authentication service, the roles PERSONAL and CORPORATE, and the signed-in holder.
 */
package jp.mypage.web.security;

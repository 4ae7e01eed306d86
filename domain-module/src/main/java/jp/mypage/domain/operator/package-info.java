/**
 * The portal's operators (運営事務局): the people who sign in to the operator console to set the
 * approval mode, decide applications and invite accounts. They are not account holders and have
 * no My Page.
 */
package jp.mypage.domain.operator;

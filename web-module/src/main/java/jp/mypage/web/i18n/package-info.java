/**
 * The language of the pages: Japanese by default, English on request, kept for the session (and
 * for a signed-in holder's mails); and the translated messages pages show.
 */
package jp.mypage.web.i18n;

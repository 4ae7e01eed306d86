/** Where the portal's notion of "now" comes from, so that tests can move it. */
package jp.mypage.time;

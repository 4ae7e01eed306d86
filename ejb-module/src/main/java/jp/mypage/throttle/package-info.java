/**
 * Limits per source address: how many logins, sign-ups, reset and confirmation requests and
 * corporate link attempts one address may make in a minute, as Bucket4j token buckets kept in the
 * portal's database so that every node of a cluster counts the same attempts. Nothing here knows
 * HTTP: the web layer says who the source is.
 */
package jp.mypage.throttle;

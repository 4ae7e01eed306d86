/**
 * The database the portal runs on (embedded H2 by default, PostgreSQL by configuration) and the
 * Flyway migrations that own its schema, run at deployment.
 */
package jp.mypage.persistence;

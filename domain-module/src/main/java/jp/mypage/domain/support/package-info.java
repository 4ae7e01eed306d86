/** Persistence conventions shared by all entities (how instants are stored). */
package jp.mypage.domain.support;

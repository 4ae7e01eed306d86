/**
 * Conventions shared by all entities and value carriers: how instants are stored, how a record with
 * Optional components is serialised.
 */
package jp.mypage.domain.support;

/**
 * The profile-input kit shared by every form that takes a person's or a company's details: the
 * personal and corporate profile fields ({@link jp.mypage.profile.ProfileForm}) with their checks
 * ({@code @EmailFormat}, {@code @KanaFormat}, {@code @PhoneFormat}, {@code @PostalCodeFormat}, each
 * message a {@code ValidationMessages} key), and the NFKC clean-up of typed text ({@link jp.mypage.profile.Text}).
 * Sign-up, 登録情報設定, an operator's invitation and each row of an account list use the same fields
 * and the same rules. It lives apart from those capabilities so that none of them imports another
 * to reach it (registration and invitation did, both ways). It depends on the domain only.
 */
package jp.mypage.profile;

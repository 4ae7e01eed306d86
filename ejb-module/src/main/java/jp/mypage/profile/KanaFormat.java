package jp.mypage.profile;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** フリガナ: full-width katakana, with long-vowel marks, middle dots and spaces. Blank passes. */
@Pattern(regexp = "^[\\u30A1-\\u30FA\\u30FC\\u30FB \\u3000]*$")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface KanaFormat {
    String message() default "{validation.kana}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

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

/** A Japanese postal code (郵便番号): seven digits, a hyphen after the third optional. Blank passes. */
@Pattern(regexp = "^$|^\\d{3}-?\\d{4}$")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface PostalCodeFormat {
    String message() default "{validation.postalCode}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

package vn.newsarchive.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Every line of a one-per-line field fits its column; with {@code afterBar} only the part
 * after the last "|" (a caption's credit) is measured.
 */
@Documented
@Constraint(validatedBy = LineLengthValidator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface LineLength {

	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	int max();

	boolean afterBar() default false;

}

package vn.newsarchive.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A {@link DateInput} that can be read; the error goes to the field that is wrong (date,
 * time or precision). Without {@code withTime}, the date is a day at most (the record
 * stores no time).
 */
@Documented
@Constraint(validatedBy = DateInputValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidDateInput {

	String message() default "{admin.date.format}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	boolean withTime() default false;

}

package vn.newsarchive.admin;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.newsarchive.kernel.DatePrecision;

class DateInputValidator implements ConstraintValidator<ValidDateInput, DateInput> {

	private boolean withTime;

	@Override
	public void initialize(ValidDateInput annotation) {
		this.withTime = annotation.withTime();
	}

	@Override
	public boolean isValid(DateInput input, ConstraintValidatorContext context) {
		if (input == null) {
			return true;
		}
		try {
			if (!this.withTime && input.getTime() != null && !input.getTime().isBlank()) {
				throw new DateInputException("date", "admin.date.timeNotAllowed");
			}
			if (!this.withTime && input.getPrecision() == DatePrecision.MINUTE) {
				throw new DateInputException("precision", "admin.date.noMinute");
			}
			input.toValue();
			return true;
		}
		catch (DateInputException ex) {
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate("{" + ex.getMessageCode() + "}")
				.addPropertyNode(ex.getField())
				.addConstraintViolation();
			return false;
		}
	}

}

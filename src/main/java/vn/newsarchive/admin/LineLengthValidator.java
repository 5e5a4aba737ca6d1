package vn.newsarchive.admin;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class LineLengthValidator implements ConstraintValidator<LineLength, String> {

	private int max;

	private boolean afterBar;

	@Override
	public void initialize(LineLength annotation) {
		this.max = annotation.max();
		this.afterBar = annotation.afterBar();
	}

	@Override
	public boolean isValid(String text, ConstraintValidatorContext context) {
		return EditorText.lines(text).stream().map(this::measured).allMatch((part) -> part.length() <= this.max);
	}

	private String measured(String line) {
		if (!this.afterBar) {
			return line;
		}
		int bar = line.lastIndexOf('|');
		return (bar >= 0) ? line.substring(bar + 1).strip() : "";
	}

}

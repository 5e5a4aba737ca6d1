package vn.newsarchive.admin;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The message shown once after a POST's redirect: a message key and, optionally, the
 * title of the record it is about.
 */
public final class Flash {

	public static final String MESSAGE = "flashMessage";

	public static final String SUBJECT = "flashSubject";

	public static final String ERROR = "flashError";

	private Flash() {
	}

	public static void add(RedirectAttributes redirect, String messageKey, String subject) {
		redirect.addFlashAttribute(MESSAGE, messageKey);
		if (subject != null) {
			redirect.addFlashAttribute(SUBJECT, subject);
		}
	}

	/** A refusal, shown as an error. */
	public static void error(RedirectAttributes redirect, String messageKey, String subject) {
		add(redirect, messageKey, subject);
		redirect.addFlashAttribute(ERROR, true);
	}

}

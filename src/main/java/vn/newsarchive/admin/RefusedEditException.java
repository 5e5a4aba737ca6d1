package vn.newsarchive.admin;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * A save the archive refuses for a reason the editor can act on: the form is shown again,
 * as typed, with the message on the field at fault (or above the form) and, when the
 * refusal is about another record (a duplicate, a name already taken), a link to it.
 */
public class RefusedEditException extends RuntimeException {

	/** The model attributes naming the other record, for the form's link to it. */
	public static final String OTHER_ID = "otherId";

	public static final String OTHER_LABEL = "otherLabel";

	private final String field;

	private final Long otherId;

	private final String otherLabel;

	/** A refusal of the whole form (field null) or of one field. */
	public RefusedEditException(String messageKey, String field) {
		this(messageKey, field, null, null);
	}

	/**
	 * A refusal because of another record; its id is null when only the database knew.
	 */
	public RefusedEditException(String messageKey, String field, Long otherId, String otherLabel) {
		super(messageKey);
		this.field = field;
		this.otherId = otherId;
		this.otherLabel = otherLabel;
	}

	public String getMessageKey() {
		return getMessage();
	}

	/** Puts the refusal on the bound form and the other record into the model. */
	public void showOn(BindingResult result, Model model) {
		if (this.field != null) {
			result.rejectValue(this.field, getMessageKey());
		}
		else {
			result.reject(getMessageKey());
		}
		if (this.otherId != null) {
			model.addAttribute(OTHER_ID, this.otherId);
			model.addAttribute(OTHER_LABEL, this.otherLabel);
		}
	}

}

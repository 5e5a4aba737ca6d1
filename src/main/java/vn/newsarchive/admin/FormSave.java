package vn.newsarchive.admin;

import java.util.function.Supplier;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How every editors' form ends its POST: invalid input or a refused save shows the form
 * again as typed; a save redirects to where the editor goes next, with a flash message
 * naming the record.
 */
public final class FormSave {

	private FormSave() {
	}

	/**
	 * Runs the save unless the bound form has errors.
	 * @param form renders the form again (with whatever the page needs beside it)
	 * @param save saves and says where to go next
	 * @return the view or redirect to answer with
	 */
	public static String run(BindingResult result, Model model, RedirectAttributes redirect, Supplier<String> form,
			Supplier<Saved> save) {
		if (result.hasErrors()) {
			return form.get();
		}
		try {
			Saved saved = save.get();
			Flash.add(redirect, saved.messageKey(), saved.subject());
			return "redirect:" + saved.next();
		}
		catch (RefusedEditException ex) {
			ex.showOn(result, model);
			return form.get();
		}
	}

	/** What was saved: the flash message, the record it names, and the next page. */
	public record Saved(String messageKey, String subject, String next) {
	}

}

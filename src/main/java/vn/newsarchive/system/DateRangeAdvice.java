package vn.newsarchive.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A date filter that cannot be read gets the 400 page with the reason and the forms of
 * date the archive reads, in the reader's language; the language switch keeps the
 * reader's parameters so that the mistake can be seen in the other language too.
 */
@ControllerAdvice
class DateRangeAdvice {

	private final MessageSource messages;

	DateRangeAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DateRangeException.class)
	ModelAndView unreadableDates(DateRangeException ex, HttpServletRequest request) {
		ModelAndView page = new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
		page.addObject("problem",
				this.messages.getMessage(ex.getMessageKey(), ex.getValues(), LocaleContextHolder.getLocale()));
		page.addObject("languageLinks",
				new LanguageLinks.Links(LanguageLinks.to(request, "vi"), LanguageLinks.to(request, "en")));
		return page;
	}

}

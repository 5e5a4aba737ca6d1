package vn.newsarchive.api;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.json.JacksonJsonView;

import vn.newsarchive.system.ErrorForm;
import vn.newsarchive.system.LanguageLinks;

/**
 * The data API answers its errors in a form the client accepts: JSON {@code {"problem",
 * "message"}} for API clients (and any client that accepts anything), the archive's error
 * page for a browser following a link (a CSV link to a record deleted since), and a plain
 * sentence in the reader's language for the rest (a client asking for CSV alone). A view
 * rather than a body, so that no client's {@code Accept} can turn the error into a 500
 * for want of a converter.
 */
// only in the web archive: the commands (import, reindex, token) run without Spring MVC
// and
// its content negotiation, which this advice needs
@ConditionalOnWebApplication
@ControllerAdvice(basePackageClasses = ApiAdvice.class)
class ApiAdvice {

	private final MessageSource messages;

	private final ContentNegotiationManager negotiation;

	ApiAdvice(MessageSource messages, ContentNegotiationManager mvcContentNegotiationManager) {
		this.messages = messages;
		this.negotiation = mvcContentNegotiationManager;
	}

	@ExceptionHandler
	ModelAndView notFound(ApiRecordNotFoundException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.NOT_FOUND, "NOT_FOUND",
				message("api.problem.notFound", message("api.kind." + ex.kind()), Long.toString(ex.id())));
	}

	@ExceptionHandler
	ModelAndView badParameter(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, "BAD_PARAMETER",
				message("api.problem.badParameter", ex.getName(), String.valueOf(ex.getValue())));
	}

	private ModelAndView answer(HttpServletRequest request, HttpStatus status, String problem, String message) {
		ModelAndView answer = switch (form(request)) {
			case JSON -> new ModelAndView(json(), Map.of("problem", problem, "message", message));
			case PAGE ->
				new ModelAndView("error/" + status.value(), Map.of("languageLinks", LanguageLinks.of(request)));
			case TEXT -> new ModelAndView(text(sentence(status)));
		};
		answer.setStatus(status);
		return answer;
	}

	/** The first form the client prefers; a sentence when it accepts none of them. */
	private ErrorForm form(HttpServletRequest request) {
		try {
			return ErrorForm.preferred(this.negotiation.resolveMediaTypes(new ServletWebRequest(request)));
		}
		catch (HttpMediaTypeNotAcceptableException ex) {
			return ErrorForm.TEXT;
		}
	}

	private String message(String key, String... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private String sentence(HttpStatus status) {
		String key = "error." + status.value();
		return this.messages.getMessage(key + ".title", null, LocaleContextHolder.getLocale()) + ". "
				+ this.messages.getMessage(key + ".text", null, LocaleContextHolder.getLocale());
	}

	private static View json() {
		JacksonJsonView view = new JacksonJsonView();
		// the problem and the message alone, not the path variables a view is given too
		view.setModelKeys(Set.of("problem", "message"));
		return view;
	}

	private static View text(String sentence) {
		return (model, request, response) -> {
			response.setContentType(MediaType.TEXT_PLAIN_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write(sentence + "\n");
		};
	}

}

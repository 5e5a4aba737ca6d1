package vn.newsarchive.system;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * How a servlet filter refuses a request for a while (too many requests, the database out
 * of reach): {@code Retry-After}, then the archive's error page for that status in the
 * reader's language for pages (and for a browser following an API link), and for the API
 * the form its client accepts — JSON {@code {"problem", "message"}} or a plain sentence.
 * Written by hand because a filter runs outside Spring MVC's content negotiation and
 * views.
 */
@Component
@ConditionalOnWebApplication
class RefusalAnswer {

	private final MessageSource messages;

	private final LocaleResolver locales;

	RefusalAnswer(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	/**
	 * Refuses the request with that status; {@code messageKey} takes the seconds to wait
	 * as its argument {0}.
	 */
	void send(HttpServletRequest request, HttpServletResponse response, int status, String problem, String messageKey,
			long retryAfterSeconds) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		ErrorForm form = api ? ErrorForm.ofAcceptHeader(request.getHeader(HttpHeaders.ACCEPT)) : ErrorForm.PAGE;
		if (form == ErrorForm.PAGE) {
			// the archive's own error page, error/<status>.html, in the reader's
			// language: also for a browser following a CSV link
			response.sendError(status);
			return;
		}
		Locale locale = this.locales.resolveLocale(request);
		String message = this.messages.getMessage(messageKey, new Object[] { retryAfterSeconds }, locale);
		response.setStatus(status);
		response.setCharacterEncoding("UTF-8");
		if (form == ErrorForm.TEXT) {
			response.setContentType(MediaType.TEXT_PLAIN_VALUE);
			response.getWriter().write(message + "\n");
			return;
		}
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getWriter()
			.write("{\"problem\":\"" + problem + "\",\"message\":\"" + message.replace("\"", "\\\"") + "\"}");
	}

}

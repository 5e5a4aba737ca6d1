package vn.newsarchive.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens kept in the session once there is one (editors), and in an HttpOnly,
 * SameSite cookie before: so an anonymous GET of the sign-in form creates no session
 * (every such GET used to create one, an easy way to fill the server's memory).
 */
final class SessionlessLoginCsrf implements CsrfTokenRepository {

	private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

	SessionlessLoginCsrf() {
		this.cookie.setCookieName("archive-csrf");
		this.cookie.setCookieCustomizer((c) -> c.sameSite("Lax").httpOnly(true));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return this.session.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			this.session.saveToken(token, request, response);
			if (token == null && hasCookie(request)) {
				this.cookie.saveToken(null, request, response);
			}
		}
		else if (token != null || hasCookie(request)) {
			this.cookie.saveToken(token, request, response);
		}
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		CsrfToken token = (request.getSession(false) != null) ? this.session.loadToken(request) : null;
		return (token != null) ? token : this.cookie.loadToken(request);
	}

	private static boolean hasCookie(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return false;
		}
		for (var c : request.getCookies()) {
			if ("archive-csrf".equals(c.getName())) {
				return true;
			}
		}
		return false;
	}

}

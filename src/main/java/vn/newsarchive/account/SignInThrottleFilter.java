package vn.newsarchive.account;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the sign-in form's POST: while an account or an address has used up its
 * wrong passwords, the attempt is refused before the password is even checked, and the
 * form says how many minutes to wait. Its handlers count the outcome of each attempt.
 */
public class SignInThrottleFilter extends OncePerRequestFilter {

	/** The login page's parameter carrying the minutes to wait. */
	public static final String THROTTLED = "throttled";

	private final SignInThrottle throttle;

	private final String loginPath;

	public SignInThrottleFilter(SignInThrottle throttle, String loginPath) {
		this.throttle = throttle;
		this.loginPath = loginPath;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& request.getRequestURI().equals(request.getContextPath() + this.loginPath));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Duration wait = this.throttle.waitBeforeNextAttempt(request.getParameter("username"), request.getRemoteAddr());
		if (wait.isZero()) {
			chain.doFilter(request, response);
			return;
		}
		long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
		response.setHeader("Retry-After", String.valueOf(wait.toSeconds() + 1));
		response.sendRedirect(request.getContextPath() + this.loginPath + "?" + THROTTLED + "=" + minutes);
	}

	/**
	 * Counts a wrong password (or an unknown or disabled account) and shows the form
	 * again.
	 */
	public AuthenticationFailureHandler failureHandler() {
		SimpleUrlAuthenticationFailureHandler form = new SimpleUrlAuthenticationFailureHandler(
				this.loginPath + "?error");
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
			this.throttle.failed(request.getParameter("username"), request.getRemoteAddr());
			form.onAuthenticationFailure(request, response, exception);
		};
	}

	/** Forgets the account's wrong passwords and goes on to the admin. */
	public AuthenticationSuccessHandler successHandler(String target) {
		SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();
		next.setDefaultTargetUrl(target);
		return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
			this.throttle.succeeded(authentication.getName());
			next.onAuthenticationSuccess(request, response, authentication);
		};
	}

}

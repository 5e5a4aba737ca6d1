package vn.newsarchive.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that met a lost database connection (a restart, a failover, the network) is
 * answered 503 with {@code Retry-After}, the error page or API problem saying the archive
 * is briefly out of reach, instead of a 500 that reads like a bug: the request was fine
 * and will work again in a moment. Outermost filter but one, so that also a failure in
 * security (the sign-in reads accounts, the ingest API reads its tokens) is answered so.
 * Nothing is written then: a save either committed or rolled back whole.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class DatabaseOutOfReach extends OncePerRequestFilter {

	/** A restart usually takes a few seconds; the article tries ride out ~9 s. */
	static final long RETRY_AFTER_SECONDS = 10;

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutOfReach.class);

	private final RefusalAnswer refusal;

	DatabaseOutOfReach(RefusalAnswer refusal) {
		this.refusal = refusal;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!LostConnection.causedBy(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("{} {}: the database connection was lost ({}); answered 503", request.getMethod(),
					request.getRequestURI(), LostConnection.rootMessage(ex));
			response.resetBuffer();
			this.refusal.send(request, response, 503, "DATABASE_UNAVAILABLE", "api.problem.databaseUnavailable",
					RETRY_AFTER_SECONDS);
		}
	}

}

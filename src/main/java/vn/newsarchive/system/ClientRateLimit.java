package vn.newsarchive.system;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A per-client rate limit on search and the APIs: a Bucket4j token bucket per address
 * (Bucket4j rather than a hand-made counter: its refill arithmetic is tested and it tells
 * how long until the next token, for {@code Retry-After}), kept in a Caffeine cache that
 * forgets quiet clients. It runs before security and everything else, so a refused
 * request costs almost nothing.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ClientRateLimit extends OncePerRequestFilter {

	private static final List<String> LIMITED = List.of("/search", "/api/");

	private static final int MAX_CLIENTS = 100_000;

	private final Cache<String, Bucket> clients = Caffeine.newBuilder()
		.maximumSize(MAX_CLIENTS)
		.expireAfterAccess(Duration.ofMinutes(10))
		.build();

	private final RateLimitProperties properties;

	private final RefusalAnswer refusal;

	ClientRateLimit(RateLimitProperties properties, RefusalAnswer refusal) {
		this.properties = properties;
		this.refusal = refusal;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return LIMITED.stream().noneMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ConsumptionProbe probe = this.clients.get(request.getRemoteAddr(), (address) -> bucket())
			.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
		this.refusal.send(request, response, 429, "TOO_MANY_REQUESTS", "api.problem.tooManyRequests", seconds);
	}

	private Bucket bucket() {
		int perMinute = this.properties.requestsPerMinute();
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
			.build();
	}

}

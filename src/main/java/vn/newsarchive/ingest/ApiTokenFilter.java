package vn.newsarchive.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request by its {@code Authorization: Bearer TOKEN}: the token's name
 * becomes the authentication's name (so what the request changes is recorded as that
 * sender's). A missing, unknown or revoked token answers 401 with a JSON reason.
 */
public class ApiTokenFilter extends OncePerRequestFilter implements AuthenticationEntryPoint {

	private static final String BEARER = "Bearer ";

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ApiTokenService tokens;

	private final MessageSource messages;

	public ApiTokenFilter(ApiTokenService tokens, MessageSource messages) {
		this.tokens = tokens;
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response); // anonymous: refused by authorization
			return;
		}
		Optional<String> sender = this.tokens.nameOf(header.substring(BEARER.length()).strip());
		if (sender.isEmpty()) {
			commence(request, response, null);
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(sender.get(), null,
				List.of(new SimpleGrantedAuthority("ROLE_" + ApiTokenService.ROLE))));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		Locale locale = (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) ? request.getLocale() : VIETNAMESE;
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		JSON.writeValue(response.getOutputStream(), Map.of("problem", "UNAUTHORIZED", "message",
				this.messages.getMessage("api.unauthorized", null, locale)));
	}

}

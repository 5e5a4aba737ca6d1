package vn.newsarchive.admin.upload;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload larger than the request limit before anything reads it, with the
 * archive's own message: left to Tomcat, the first filter that reads a parameter makes it
 * parse the body and answer its bare English 413 page. The editor is sent back to the
 * import page, which says what the limits are.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadSizeFilter extends OncePerRequestFilter {

	static final String TOO_LARGE = "/admin/import?tooLarge";

	private final long maxRequestBytes;

	UploadSizeFilter(MultipartProperties multipart) {
		this.maxRequestBytes = multipart.getMaxRequestSize().toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return this.maxRequestBytes < 0 || !"POST".equals(request.getMethod()) || type == null
				|| !type.toLowerCase().startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxRequestBytes) {
			response.sendRedirect(request.getContextPath() + TOO_LARGE);
			return;
		}
		chain.doFilter(request, response);
	}

}

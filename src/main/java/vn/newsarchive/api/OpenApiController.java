package vn.newsarchive.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The data API's OpenAPI description: a hand-written document ({@code api/openapi.json}),
 * which a test holds against the API's own mappings and answers. Hand-written rather than
 * generated: the API is small, and its wording is for researchers.
 */
@RestController
class OpenApiController {

	private final byte[] description;

	OpenApiController() {
		try (InputStream in = new ClassPathResource("api/openapi.json").getInputStream()) {
			this.description = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@GetMapping("/api/v1/openapi.json")
	ResponseEntity<byte[]> openApi() {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(this.description);
	}

}

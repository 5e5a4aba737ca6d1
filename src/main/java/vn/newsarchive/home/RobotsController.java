package vn.newsarchive.home;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.newsarchive.system.SiteAddress;

/**
 * {@code /robots.txt}: every public page may be crawled (the admin asks for a sign-in
 * anyway), and the sitemap is named by the archive's configured address, so crawlers find
 * every permalink.
 */
@RestController
class RobotsController {

	private final SiteAddress site;

	RobotsController(SiteAddress site) {
		this.site = site;
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		String body = "User-agent: *\nAllow: /\n\nSitemap: " + this.site.base() + "/sitemap.xml\n";
		return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8)).body(body);
	}

}

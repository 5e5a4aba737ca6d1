package vn.newsarchive.api;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /api/v1/export/popolo.json}: persons, organisations, posts and memberships in
 * the Popolo standard, a page of persons at a time ({@code size} up to
 * {@value PopoloExport#MAX_PERSONS}).
 */
@RestController
class PopoloController {

	private final PopoloExport export;

	PopoloController(PopoloExport export) {
		this.export = export;
	}

	@GetMapping("/api/v1/export/popolo.json")
	Map<String, Object> popolo(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		int persons = (size == null || size < 1) ? ApiPage.MAX_SIZE : Math.min(size, PopoloExport.MAX_PERSONS);
		return this.export.page(ApiPage.number(page), persons,
				ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
	}

}

package vn.newsarchive.api;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.newsarchive.person.Tenure;
import vn.newsarchive.system.ArchiveTallies;

/** A person as data, and a person's tenures as CSV. */
@RestController
class PersonApiController {

	private final PersonData persons;

	private final ArchiveTallies tallies;

	PersonApiController(PersonData persons, ArchiveTallies tallies) {
		this.persons = persons;
		this.tallies = tallies;
	}

	@GetMapping("/api/v1/persons/{id}")
	PersonData.Detail person(@PathVariable long id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		// tenures are read from tallies: show every committed write
		this.tallies.fold();
		return this.persons.one(id, ApiPage.number(page), ApiPage.size(size));
	}

	@GetMapping("/api/v1/persons/{id}/tenures.csv")
	ResponseEntity<byte[]> tenures(@PathVariable long id) {
		this.tallies.fold();
		Csv csv = new Csv("title", "from", "from_precision", "from_inferred", "to", "to_precision", "to_inferred",
				"articles", "first_article_url");
		for (Tenure t : this.persons.allTenures(id)) {
			ApiDate from = PersonData.date(t.first());
			ApiDate to = PersonData.date(t.last());
			csv.row(t.title(), (from != null) ? from.date() : null, (from != null) ? from.precision() : null,
					(from != null) ? from.inferred() : null, (to != null) ? to.date() : null,
					(to != null) ? to.precision() : null, (to != null) ? to.inferred() : null, t.articles(),
					t.articleUrl());
		}
		return csv.download("person-" + id + "-tenures.csv");
	}

}

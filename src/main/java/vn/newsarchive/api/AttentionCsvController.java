package vn.newsarchive.api;

import java.time.YearMonth;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.newsarchive.kernel.DatePrecision;
import vn.newsarchive.search.AttentionCounts;
import vn.newsarchive.search.SearchForm;
import vn.newsarchive.system.MonthlyCounts;

/**
 * Attention over time as CSV: the articles per month of a search (its parameters as on
 * {@code /api/search.csv}), of a person, of a document. One row per month from the first
 * to the last with articles, empty months included ({@code 2024-05,MONTH,3}); then the
 * articles dated by their year alone, a row per year ({@code 2021,YEAR,1}); then the
 * undated ones ({@code ,,2}). Periods are written at their precision, as the data API
 * writes dates.
 */
@RestController
class AttentionCsvController {

	private final AttentionCounts counts;

	private final PersonData persons;

	private final DocumentData documents;

	AttentionCsvController(AttentionCounts counts, PersonData persons, DocumentData documents) {
		this.counts = counts;
		this.persons = persons;
		this.documents = documents;
	}

	/** A query that cannot run gives the header alone, as the search's own CSV does. */
	@GetMapping("/api/search/months.csv")
	ResponseEntity<byte[]> search(@ModelAttribute SearchForm form) {
		return csv(this.counts.matching(form.toQuery()).orElse(MonthlyCounts.NONE)).download("search-months.csv");
	}

	@GetMapping("/api/v1/persons/{id}/months.csv")
	ResponseEntity<byte[]> person(@PathVariable long id) {
		if (!this.persons.exists(id)) {
			throw new ApiRecordNotFoundException("person", id);
		}
		return answer(this.counts.mentioning(id), "person-" + id + "-months.csv");
	}

	@GetMapping("/api/v1/documents/{id}/months.csv")
	ResponseEntity<byte[]> document(@PathVariable long id) {
		if (!this.documents.exists(id)) {
			throw new ApiRecordNotFoundException("document", id);
		}
		return answer(this.counts.citing(id), "document-" + id + "-months.csv");
	}

	/** No counts: the index is being rebuilt, so the numbers are for a little later. */
	private static ResponseEntity<byte[]> answer(Optional<MonthlyCounts> counts, String fileName) {
		return counts.map((c) -> csv(c).download(fileName))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, "60")
				.build());
	}

	static Csv csv(MonthlyCounts counts) {
		Csv csv = new Csv("period", "precision", "articles");
		if (!counts.months().isEmpty()) {
			YearMonth last = counts.months().lastKey();
			for (YearMonth m = counts.months().firstKey(); !m.isAfter(last); m = m.plusMonths(1)) {
				csv.row(m, DatePrecision.MONTH, counts.months().getOrDefault(m, 0L));
			}
		}
		counts.yearOnly().forEach((year, n) -> csv.row(year, DatePrecision.YEAR, n));
		if (counts.undated() > 0) {
			csv.row(null, null, counts.undated());
		}
		return csv;
	}

}

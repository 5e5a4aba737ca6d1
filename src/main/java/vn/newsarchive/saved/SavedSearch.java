package vn.newsarchive.saved;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.newsarchive.search.SearchOrder;
import vn.newsarchive.search.SearchQuery;
import vn.newsarchive.system.DateRange;

/**
 * A search a researcher saved: its parameters, a name, the hash of the key of the browser
 * that owns it and the token of its feed (V17).
 */
@Entity
@Table(name = "saved_search")
class SavedSearch {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "owner_hash", nullable = false, updatable = false)
	private String ownerHash;

	@Column(name = "feed_token", nullable = false, updatable = false)
	private String feedToken;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false, updatable = false)
	private String q;

	@Column(name = "person_id", updatable = false)
	private Long person;

	@Column(name = "document_id", updatable = false)
	private Long document;

	@Column(updatable = false)
	private Integer year;

	@Column(updatable = false)
	private String source;

	@Column(name = "date_from", updatable = false)
	private LocalDate from;

	@Column(name = "date_to", updatable = false)
	private LocalDate to;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected SavedSearch() {
	}

	SavedSearch(String ownerHash, String feedToken, String name, SearchQuery query) {
		this.ownerHash = ownerHash;
		this.feedToken = feedToken;
		this.name = name;
		this.q = query.q();
		this.person = query.person();
		this.document = query.document();
		this.year = query.year();
		this.source = query.source();
		this.from = query.dates().from();
		this.to = query.dates().to();
		this.createdAt = Instant.now();
	}

	/** The newest matches first, as many as asked. */
	SearchQuery newest(int size) {
		return new SearchQuery(this.q, this.person, this.document, this.year, this.source, SearchOrder.NEWEST, 0, size,
				(this.from == null && this.to == null) ? DateRange.ANY : new DateRange(this.from, this.to));
	}

	Long getId() {
		return this.id;
	}

	String getFeedToken() {
		return this.feedToken;
	}

	String getName() {
		return this.name;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}

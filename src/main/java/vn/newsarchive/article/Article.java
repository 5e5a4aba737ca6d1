package vn.newsarchive.article;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import vn.newsarchive.kernel.DatePrecision;
import vn.newsarchive.meeting.Meeting;
import vn.newsarchive.resolution.Resolution;

/**
 * A news article, cleaned of web noise: its text ({@link ArticleContent}), where and when
 * it was published, the story it is a copy of, and the persons, documents and meetings it
 * names. What the search index holds of it is declared by search's {@code IndexMapping}.
 */
@Entity
@SequenceGenerator(sequenceName = "article_id_seq", allocationSize = 50)
@Table(name = "article")
public class Article extends ArticleContent {

	/** The length of the {@code file_name} column. */
	public static final int FILE_NAME_LENGTH = SourceFileName.MAX_LENGTH;

	@Column(nullable = false)
	private String slug;

	@Column(name = "published_at")
	private LocalDateTime publishedAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "published_precision")
	private DatePrecision publishedPrecision;

	@Column(name = "published_inferred", nullable = false)
	private boolean publishedInferred;

	private String source;

	@Column(name = "content_hash", nullable = false)
	private String contentHash;

	@Column(name = "file_name")
	private String fileName;

	/**
	 * Where the article was found, when its sender said (the ingest API's X-Source-Url).
	 */
	@Column(name = "source_url")
	private String sourceUrl;

	/**
	 * The first stored article of the story this article is a copy of (another site's
	 * syndication, an excerpt); null when this article is that first one or has no copy.
	 */
	@Column(name = "story_id")
	private Long storyId;

	@OneToMany(mappedBy = "article")
	@OrderBy("mentionOrder")
	private List<ArticlePerson> persons = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "article_resolution", joinColumns = @JoinColumn(name = "article_id"),
			inverseJoinColumns = @JoinColumn(name = "resolution_id"))
	private Set<Resolution> resolutions = new LinkedHashSet<>();

	@OneToMany(mappedBy = "article")
	private List<Meeting> meetings = new ArrayList<>();

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public LocalDateTime getPublishedAt() {
		return this.publishedAt;
	}

	public DatePrecision getPublishedPrecision() {
		return this.publishedPrecision;
	}

	public boolean isPublishedInferred() {
		return this.publishedInferred;
	}

	public void setPublished(LocalDateTime at, DatePrecision precision, boolean inferred) {
		this.publishedAt = at;
		this.publishedPrecision = (at != null) ? precision : null;
		this.publishedInferred = at != null && inferred;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public String getContentHash() {
		return this.contentHash;
	}

	public void setContentHash(String contentHash) {
		this.contentHash = contentHash;
	}

	public String getFileName() {
		return this.fileName;
	}

	/** The name of the file the article came from, fitted to its column. */
	public void setFileName(String fileName) {
		this.fileName = SourceFileName.fitted(fileName);
	}

	public String getSourceUrl() {
		return this.sourceUrl;
	}

	public void setSourceUrl(String sourceUrl) {
		this.sourceUrl = sourceUrl;
	}

	public Long getStoryId() {
		return this.storyId;
	}

	public void setStoryId(Long storyId) {
		this.storyId = storyId;
	}

	/**
	 * Whether the article heads its story: search lists the heads, each with the sources
	 * of its copies, so that a story is one hit.
	 */
	public boolean isStoryHead() {
		return this.storyId == null;
	}

	public List<ArticlePerson> getPersons() {
		return this.persons;
	}

	public Set<Resolution> getResolutions() {
		return this.resolutions;
	}

	public List<Meeting> getMeetings() {
		return this.meetings;
	}

	/** The permalink: {@code /bai-viet/{id}-{slug}}. */
	public String getUrl() {
		return ArticleAddress.of(getId(), this.slug, getTitle());
	}

}

package vn.newsarchive.article;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderColumn;
import vn.newsarchive.system.AuditedEntity;

/**
 * What an article says, as the importer cleaned it: headline, lead, paragraphs (the body
 * keeps those of the original), authors, photo captions and the titles of related links.
 * Mapped onto the article's own tables, so queries keep their paths ({@code a.title}) and
 * the schema is the article's.
 */
@MappedSuperclass
public abstract class ArticleContent extends AuditedEntity {

	/** Paragraphs are stored in one text column, separated by a blank line. */
	public static final String PARAGRAPH_SEPARATOR = Paragraphs.SEPARATOR;

	@Column(nullable = false)
	private String title;

	private String lead;

	@Column(nullable = false)
	private String body;

	@ElementCollection
	@CollectionTable(name = "article_author", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	@Column(name = "name", nullable = false)
	private List<String> authors = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "article_caption", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	private List<ArticleCaption> captions = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "article_related_title", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	@Column(name = "title", nullable = false)
	private List<String> relatedTitles = new ArrayList<>();

	public List<String> getParagraphs() {
		return Paragraphs.of(this.body);
	}

	public void setParagraphs(List<String> paragraphs) {
		this.body = Paragraphs.body(paragraphs);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getLead() {
		return this.lead;
	}

	public void setLead(String lead) {
		this.lead = lead;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public List<String> getAuthors() {
		return this.authors;
	}

	public List<ArticleCaption> getCaptions() {
		return this.captions;
	}

	public List<String> getRelatedTitles() {
		return this.relatedTitles;
	}

}

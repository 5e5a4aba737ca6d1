package vn.newsarchive.admin.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.newsarchive.admin.DateInput;
import vn.newsarchive.admin.LineLength;
import vn.newsarchive.admin.ValidDateInput;

/**
 * What the article form edits, as the editor types it: body as paragraphs separated by
 * blank lines, authors and related titles one per line, captions as "text | credit".
 */
public class ArticleForm {

	@NotBlank(message = "{admin.article.title.required}")
	@Size(max = 500, message = "{admin.article.title.size}")
	private String title;

	private String lead;

	@NotBlank(message = "{admin.article.body.required}")
	private String body;

	@Size(max = 200, message = "{admin.article.source.size}")
	private String source;

	@LineLength(max = 200, message = "{admin.article.authors.size}")
	private String authors;

	@ValidDateInput(withTime = true)
	private DateInput published = new DateInput();

	@LineLength(max = 300, afterBar = true, message = "{admin.article.captions.size}")
	private String captions;

	private String relatedTitles;

	private Long version;

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

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public String getAuthors() {
		return this.authors;
	}

	public void setAuthors(String authors) {
		this.authors = authors;
	}

	public DateInput getPublished() {
		return this.published;
	}

	public void setPublished(DateInput published) {
		this.published = published;
	}

	public String getCaptions() {
		return this.captions;
	}

	public void setCaptions(String captions) {
		this.captions = captions;
	}

	public String getRelatedTitles() {
		return this.relatedTitles;
	}

	public void setRelatedTitles(String relatedTitles) {
		this.relatedTitles = relatedTitles;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}

package vn.newsarchive.admin.person;

import jakarta.validation.constraints.NotBlank;

import vn.newsarchive.admin.DateInput;
import vn.newsarchive.admin.ValidDateInput;

/** A title chain a person held as of a date, optionally backed by an article (its id). */
public class PositionForm {

	@NotBlank(message = "{admin.position.title.required}")
	private String title;

	@ValidDateInput
	private DateInput asOf = new DateInput();

	private Long articleId;

	private Long version;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public DateInput getAsOf() {
		return this.asOf;
	}

	public void setAsOf(DateInput asOf) {
		this.asOf = asOf;
	}

	public Long getArticleId() {
		return this.articleId;
	}

	public void setArticleId(Long articleId) {
		this.articleId = articleId;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}

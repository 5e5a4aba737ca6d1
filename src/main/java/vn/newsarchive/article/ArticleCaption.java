package vn.newsarchive.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A photo caption with its credit; credited people are photographers, not subjects. */
@Embeddable
public class ArticleCaption {

	@Column(name = "text", nullable = false)
	private String text;

	@Column(name = "credit")
	private String credit;

	protected ArticleCaption() {
	}

	public ArticleCaption(String text, String credit) {
		this.text = text;
		this.credit = credit;
	}

	public String getText() {
		return this.text;
	}

	public String getCredit() {
		return this.credit;
	}

}

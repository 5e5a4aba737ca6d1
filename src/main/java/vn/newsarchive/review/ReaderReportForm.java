package vn.newsarchive.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The "Báo lỗi" form. {@code website} is a honeypot: hidden from people by the
 * stylesheet, filled in by bots that fill every field.
 */
public class ReaderReportForm {

	@NotNull
	private ReportedProblem problem;

	@NotBlank
	@Size(min = 5, max = 2000)
	private String message;

	@Size(max = 200)
	private String contact;

	private String website;

	public ReportedProblem getProblem() {
		return this.problem;
	}

	public void setProblem(ReportedProblem problem) {
		this.problem = problem;
	}

	public String getMessage() {
		return this.message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

	public String getContact() {
		return this.contact;
	}

	public void setContact(String contact) {
		this.contact = contact;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	boolean isFilledByABot() {
		return this.website != null && !this.website.isBlank();
	}

}

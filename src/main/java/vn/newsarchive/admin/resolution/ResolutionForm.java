package vn.newsarchive.admin.resolution;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** What the document form edits. Its identity is kind + number + issuer + term + date. */
public class ResolutionForm {

	@NotBlank(message = "{admin.resolution.kind.required}")
	@Size(max = 60, message = "{admin.resolution.kind.size}")
	private String kind;

	@Size(max = 10, message = "{admin.resolution.typeCode.size}")
	private String typeCode;

	@Size(max = 20, message = "{admin.resolution.number.size}")
	private String number;

	@Size(max = 120, message = "{admin.resolution.issuer.size}")
	private String issuer;

	@Size(max = 80, message = "{admin.resolution.code.size}")
	private String code;

	@Size(max = 10, message = "{admin.resolution.term.size}")
	private String term;

	@DateTimeFormat(pattern = "dd/MM/yyyy", fallbackPatterns = { "d/M/yyyy", "yyyy-MM-dd" })
	private LocalDate issuedOn;

	@Size(max = 200, message = "{admin.resolution.plenum.size}")
	private String plenum;

	private String title;

	private Long version;

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getTypeCode() {
		return this.typeCode;
	}

	public void setTypeCode(String typeCode) {
		this.typeCode = typeCode;
	}

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public String getIssuer() {
		return this.issuer;
	}

	public void setIssuer(String issuer) {
		this.issuer = issuer;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getTerm() {
		return this.term;
	}

	public void setTerm(String term) {
		this.term = term;
	}

	public LocalDate getIssuedOn() {
		return this.issuedOn;
	}

	public void setIssuedOn(LocalDate issuedOn) {
		this.issuedOn = issuedOn;
	}

	public String getPlenum() {
		return this.plenum;
	}

	public void setPlenum(String plenum) {
		this.plenum = plenum;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}

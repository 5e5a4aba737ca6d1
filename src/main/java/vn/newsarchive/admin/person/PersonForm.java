package vn.newsarchive.admin.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.newsarchive.admin.LineLength;

/** A person's name and the other spellings articles used, one per line. */
public class PersonForm {

	@NotBlank(message = "{admin.person.name.required}")
	@Size(max = 200, message = "{admin.person.name.size}")
	private String name;

	@LineLength(max = 200, message = "{admin.person.aliases.size}")
	private String aliases;

	private Long version;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getAliases() {
		return this.aliases;
	}

	public void setAliases(String aliases) {
		this.aliases = aliases;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}

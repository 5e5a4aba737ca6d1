package vn.newsarchive.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;

/** Changing one's own password: the current one, and the new one typed twice. */
public class PasswordForm {

	@NotBlank(message = "{account.password.currentRequired}")
	private String current;

	@NotBlank(message = "{account.password.tooShort}")
	private String chosen;

	private String repeated;

	public String getCurrent() {
		return this.current;
	}

	public void setCurrent(String current) {
		this.current = current;
	}

	public String getChosen() {
		return this.chosen;
	}

	public void setChosen(String chosen) {
		this.chosen = chosen;
	}

	public String getRepeated() {
		return this.repeated;
	}

	public void setRepeated(String repeated) {
		this.repeated = repeated;
	}

	@AssertTrue(message = "{account.password.mismatch}")
	public boolean isRepeatedAsChosen() {
		return this.chosen == null || this.chosen.equals(this.repeated);
	}

}

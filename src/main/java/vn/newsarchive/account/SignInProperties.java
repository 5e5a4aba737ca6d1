package vn.newsarchive.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many wrong passwords sign-in takes before it makes the next attempt wait. Each
 * allowance refills evenly over the window: after the limit, one more try per
 * window/limit.
 */
@ConfigurationProperties("archive.sign-in")
public class SignInProperties {

	/** Wrong passwords for one account within the window. */
	private int maxFailuresPerAccount = 5;

	/** Wrong passwords from one address within the window, whatever the account. */
	private int maxFailuresPerAddress = 20;

	/** The window the allowances refill over. */
	private Duration window = Duration.ofMinutes(15);

	public int getMaxFailuresPerAccount() {
		return this.maxFailuresPerAccount;
	}

	public void setMaxFailuresPerAccount(int maxFailuresPerAccount) {
		this.maxFailuresPerAccount = maxFailuresPerAccount;
	}

	public int getMaxFailuresPerAddress() {
		return this.maxFailuresPerAddress;
	}

	public void setMaxFailuresPerAddress(int maxFailuresPerAddress) {
		this.maxFailuresPerAddress = maxFailuresPerAddress;
	}

	public Duration getWindow() {
		return this.window;
	}

	public void setWindow(Duration window) {
		this.window = window;
	}

}

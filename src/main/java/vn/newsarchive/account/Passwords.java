package vn.newsarchive.account;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/** The rules a password must follow, and one-time passwords that follow them. */
final class Passwords {

	static final int MIN_LENGTH = 10;

	/**
	 * BCrypt reads no further than 72 bytes, and Spring Security refuses longer input.
	 */
	static final int MAX_BYTES = 72;

	/**
	 * No look-alikes (0/O, 1/l/I), since one-time passwords are read off a log or a page.
	 */
	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final int ONE_TIME_LENGTH = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private Passwords() {
	}

	static String oneTime() {
		StringBuilder password = new StringBuilder(ONE_TIME_LENGTH);
		for (int i = 0; i < ONE_TIME_LENGTH; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

	/**
	 * The message key saying what is wrong with a chosen password, or null when it is
	 * fine.
	 */
	static String problemWith(String password) {
		if (password == null || password.strip().length() < MIN_LENGTH) {
			return "account.password.tooShort";
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return "account.password.tooLong";
		}
		return null;
	}

}

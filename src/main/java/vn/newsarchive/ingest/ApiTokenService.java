package vn.newsarchive.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.newsarchive.admin.RecordNotFoundException;

/**
 * Creates, checks and revokes API tokens. A token is 32 random bytes, shown once; only
 * its SHA-256 is stored (a slow hash would add nothing to 256 random bits, and the hash
 * finds the token's row directly).
 */
@Service
public class ApiTokenService {

	/** The role a request holding a valid token gets. */
	public static final String ROLE = "API";

	static final String PREFIX = "pa_";

	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,99}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokenRepository tokens;

	ApiTokenService(ApiTokenRepository tokens) {
		this.tokens = tokens;
	}

	/** A new token for the name, returned this once. */
	@Transactional
	public String create(String name) {
		String cleanName = (name != null) ? name.strip() : "";
		if (!NAME.matcher(cleanName).matches()) {
			throw new TokenNameException("token.name.invalid",
					"A token's name is 1 to 100 letters, digits, spaces, '.', '_' or '-'.");
		}
		if (this.tokens.existsByNameAndRevokedAtIsNull(cleanName)) {
			throw new TokenNameException("token.name.taken",
					"A token named '" + cleanName + "' exists; revoke it first.");
		}
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		this.tokens.save(new ApiToken(cleanName, hash(token)));
		return token;
	}

	/** The name of the token's sender, unless the token is unknown or revoked. */
	@Transactional(readOnly = true)
	public Optional<String> nameOf(String token) {
		if (token == null || !token.startsWith(PREFIX)) {
			return Optional.empty();
		}
		return this.tokens.findByTokenHashAndRevokedAtIsNull(hash(token)).map(ApiToken::getName);
	}

	@Transactional(readOnly = true)
	List<ApiToken> list() {
		return this.tokens.findAllByOrderByRevokedAtDescNameAsc();
	}

	@Transactional
	ApiToken revoke(long id) {
		ApiToken token = this.tokens.findById(id).orElseThrow(() -> new RecordNotFoundException("token", id));
		token.revoke();
		return token;
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}

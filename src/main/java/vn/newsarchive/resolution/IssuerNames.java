package vn.newsarchive.resolution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An issuer's abbreviation spelled out ("TW" is the Ban Chấp hành Trung ương, "BTCTW" the
 * Ban Tổ chức Trung ương), from the word list {@code /resolution/issuers.txt}; an issuer
 * the list does not know is shown as written.
 */
public final class IssuerNames {

	private static final Map<String, String> NAMES = load();

	private IssuerNames() {
	}

	public static String of(String issuer) {
		if (issuer == null) {
			return null;
		}
		return NAMES.getOrDefault(key(issuer), issuer);
	}

	private static String key(String abbreviation) {
		return Normalizer.normalize(abbreviation.strip(), Normalizer.Form.NFC).toUpperCase(Locale.ROOT);
	}

	private static Map<String, String> load() {
		try (InputStream in = IssuerNames.class.getResourceAsStream("/resolution/issuers.txt")) {
			if (in == null) {
				throw new IllegalStateException("Missing word list /resolution/issuers.txt");
			}
			Map<String, String> names = new HashMap<>();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				int tab = line.indexOf('\t');
				if (!line.startsWith("#") && tab > 0) {
					names.put(key(line.substring(0, tab)),
							Normalizer.normalize(line.substring(tab + 1).strip(), Normalizer.Form.NFC));
				}
			}
			return Map.copyOf(names);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package vn.newsarchive.search;

import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import vn.newsarchive.kernel.VietnameseText;

/**
 * Moves the tone mark of the open diphthongs oa, oe and uy to the modern placement
 * ({@code hòa} → {@code hoà}, {@code Ủy} → {@code Uỷ}) so both spellings index alike. It
 * expects NFC input, so it runs after the NFC char filter. A two-letter to two-letter
 * mapping keeps offsets exact, which snippets need to mark the original letters.
 */
public class TonePlacementCharFilterFactory extends CharFilterFactory {

	/** The SPI name Lucene asks every factory for. */
	public static final String NAME = "vietnameseTonePlacement";

	private static final String TONED_O_U = "òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ";

	private static final NormalizeCharMap MAP = build();

	public TonePlacementCharFilterFactory(Map<String, String> args) {
		super(args);
		if (!args.isEmpty()) {
			throw new IllegalArgumentException("Unknown parameters: " + args);
		}
	}

	/** Lucene's SPI loader needs this constructor; it is never used to build filters. */
	public TonePlacementCharFilterFactory() {
		throw defaultCtorException();
	}

	@Override
	public Reader create(Reader input) {
		return new MappingCharFilter(MAP, input);
	}

	@Override
	public Reader normalize(Reader input) {
		return create(input);
	}

	private static NormalizeCharMap build() {
		NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
		pairs().forEach(builder::add);
		return builder.build();
	}

	/**
	 * Every traditional pair the importer's own rule rewrites, in both cases, with its
	 * modern spelling (also given to OpenSearch as a mapping char filter).
	 */
	static Map<String, String> pairs() {
		Map<String, String> pairs = new LinkedHashMap<>();
		for (char toned : TONED_O_U.toCharArray()) {
			for (char next : "aAeEyY".toCharArray()) {
				String traditional = "" + toned + next;
				String modern = VietnameseText.normaliseTones(traditional);
				if (!modern.equals(traditional)) {
					pairs.put(traditional, modern);
				}
			}
		}
		return pairs;
	}

}

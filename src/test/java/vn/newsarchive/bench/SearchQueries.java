package vn.newsarchive.bench;

import java.text.Normalizer;
import java.util.List;

/**
 * The fixed query mix, by kind: names typed with and without diacritics, in capitals and
 * NFD; two names that differ only by diacritics; both tone placements; phrases; document
 * codes typed the ways people type them; common words; query syntax; filters by person
 * and document. The last field lists (with {@code |}) what a relevant hit says, with
 * diacritics.
 */
final class SearchQueries {

	static final List<BenchQuery> MIX = List.of(BenchQuery.of("name", "Trương Thị Mai", "trương thị mai"),
			BenchQuery.of("name", "Bùi Thanh Sơn", "bùi thanh sơn"),
			BenchQuery.of("name, no diacritics", "truong thi mai", "trương thị mai"),
			BenchQuery.of("name, no diacritics", "bui thanh son", "bùi thanh sơn"),
			BenchQuery.of("name, capitals", "TRƯƠNG THỊ MAI", "trương thị mai"),
			BenchQuery.of("NFD input", nfd("Trương Thị Mai"), "trương thị mai"),
			BenchQuery.of("NFD input", nfd("Ủy ban Kiểm tra Trung ương"), "ủy ban kiểm tra trung ương"),
			// the corpus cites Đinh Thắng Hưng about ten times as often as Đinh Thắng
			// Hùng
			BenchQuery.of("diacritics decide", "Đinh Thắng Hùng", "đinh thắng hùng"),
			BenchQuery.of("diacritics decide", "Đinh Thắng Hưng", "đinh thắng hưng"),
			BenchQuery.of("name, no diacritics", "dinh thang hung", "đinh thắng hùng|đinh thắng hưng"),
			BenchQuery.of("tone variant", "ủy ban kiểm tra trung ương", "ủy ban kiểm tra trung ương"),
			BenchQuery.of("tone variant", "uỷ ban kiểm tra trung ương", "ủy ban kiểm tra trung ương"),
			BenchQuery.of("tone variant", "cụ thể hóa", "cụ thể hóa"),
			BenchQuery.of("tone variant", "cụ thể hoá", "cụ thể hóa"),
			BenchQuery.of("tone variant", "hòa bình", "hòa bình"),
			BenchQuery.of("tone variant", "hoà bình", "hòa bình"),
			BenchQuery.of("phrase", "\"bộ ngoại giao\"", "bộ ngoại giao"),
			BenchQuery.of("phrase", "\"phiếu tín nhiệm\"", "phiếu tín nhiệm"),
			BenchQuery.of("phrase", "\"tổ chức bộ máy\"", "tổ chức bộ máy"),
			BenchQuery.of("document code", "26-NQ/TW", "26-nq/tw"),
			BenchQuery.of("document code", "26-nq/tw", "26-nq/tw"),
			BenchQuery.of("document code", "26 nq tw", "26-nq/tw"),
			BenchQuery.of("document code", "nghị quyết 26", "26-nq/tw|nghị quyết 26"),
			BenchQuery.of("document code", "kết luận 21", "21-kl/tw|kết luận 21"),
			BenchQuery.of("document code", "35-CT/TW", "35-ct/tw"), BenchQuery.of("common words", "cán bộ", "cán bộ"),
			BenchQuery.of("common words", "hội nghị", "hội nghị"),
			BenchQuery.of("common words", "bo ngoai giao", "bộ ngoại giao"),
			BenchQuery.of("syntax", "bộ ngoại giao -hà nội", "bộ ngoại giao"),
			BenchQuery.of("syntax", "tổng kết OR kiểm điểm", "tổng kết|kiểm điểm"),
			new BenchQuery("filter", "công tác cán bộ", "Bùi Thanh Sơn", null, "bùi thanh sơn"),
			new BenchQuery("filter", "kiểm tra", null, "21-KL/TW XIII", "21-kl/tw|kết luận 21"),
			new BenchQuery("filter", "bộ chính trị", "Trương Thị Mai", "26-NQ/TW XII", "26-nq/tw"));

	private SearchQueries() {
	}

	private static String nfd(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD);
	}

	/** How the report shows a query: NFD input marked, since it looks the same. */
	static String label(BenchQuery query) {
		String shown = Normalizer.isNormalized(query.text(), Normalizer.Form.NFC) ? query.text()
				: "(NFD) " + Normalizer.normalize(query.text(), Normalizer.Form.NFC);
		return shown + ((query.person() != null) ? " + person " + query.person() : "")
				+ ((query.document() != null) ? " + document " + query.document() : "");
	}

}

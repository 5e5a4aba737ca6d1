package vn.newsarchive.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * The party documents of the synthetic corpus: for each Central Committee term from X to
 * XIV, numbered series of resolutions, conclusions, directives, decisions, regulations
 * and guides. Numbers restart with each term, so codes such as {@code 26-NQ/TW} or
 * {@code 35-CT/TW} name several documents; the real ones of the seeds and the development
 * set are among them with their real dates.
 */
final class SyntheticDocuments {

	private static final String[] TERMS = { "X", "XI", "XII", "XIII", "XIV" };

	private static final int[] TERM_STARTS = { 2006, 2011, 2016, 2021, 2026 };

	/** Type code, kind, highest number seen in a term, documents drawn per term. */
	private static final String[][] TYPES = { { "NQ", "Nghị quyết", "60", "30" }, { "KL", "Kết luận", "250", "50" },
			{ "CT", "Chỉ thị", "50", "20" }, { "QĐ", "Quyết định", "300", "30" }, { "QĐi", "Quy định", "200", "15" },
			{ "HD", "Hướng dẫn", "40", "10" } };

	/** Real documents: term, type, number, date, title. */
	private static final String[][] REAL = { { "XII", "NQ", "26", "2018-05-19",
			"Tập trung xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược, đủ phẩm chất, năng lực và uy tín, ngang tầm nhiệm vụ" },
			{ "X", "NQ", "26", "2008-08-05", "Về nông nghiệp, nông dân, nông thôn" },
			{ "XII", "NQ", "18", "2017-10-25",
					"Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả" },
			{ "XIII", "KL", "21", "2021-10-25", "Về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị" },
			{ "XII", "CT", "35", "2019-05-30",
					"Về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng" },
			{ "XIII", "CT", "35", "2024-06-14",
					"Về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng" },
			{ "XII", "NQ", "06", "2016-11-05", "Về thực hiện có hiệu quả tiến trình hội nhập kinh tế quốc tế" },
			{ "XIII", "NQ", "57", "2024-12-22",
					"Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia" } };

	private SyntheticDocuments() {
	}

	static List<SyntheticDocument> generate(CorpusVocabulary vocabulary, Random random) {
		List<SyntheticDocument> documents = new ArrayList<>();
		for (int term = 0; term < TERMS.length; term++) {
			LocalDate start = LocalDate.of(TERM_STARTS[term], 2, 1);
			int days = (term == TERMS.length - 1) ? 150 : 5 * 365;
			for (String[] type : TYPES) {
				TreeSet<Integer> numbers = new TreeSet<>(realNumbers(TERMS[term], type[0]));
				while (numbers.size() < Integer.parseInt(type[3]) * days / (5 * 365) + 1) {
					numbers.add(1 + random.nextInt(Integer.parseInt(type[2])));
				}
				int rank = 0;
				for (int number : numbers) {
					// later numbers are issued later in the term
					LocalDate issued = start.plusDays((long) days * rank++ / numbers.size() + random.nextInt(20));
					String title = vocabulary.titles().get(random.nextInt(vocabulary.titles().size()));
					documents.add(document(TERMS[term], type, number, issued, title));
				}
			}
		}
		documents.replaceAll(SyntheticDocuments::real);
		documents.sort(Comparator.comparing(SyntheticDocument::issuedOn));
		List<SyntheticDocument> numbered = new ArrayList<>(documents.size());
		for (SyntheticDocument d : documents) {
			numbered.add(new SyntheticDocument(numbered.size() + 1, d.kind(), d.typeCode(), d.number(), d.issuer(),
					d.term(), d.issuedOn(), d.title()));
		}
		return List.copyOf(numbered);
	}

	private static List<Integer> realNumbers(String term, String type) {
		List<Integer> numbers = new ArrayList<>();
		for (String[] real : REAL) {
			if (real[0].equals(term) && real[1].equals(type)) {
				numbers.add(Integer.parseInt(real[2]));
			}
		}
		return numbers;
	}

	private static SyntheticDocument real(SyntheticDocument document) {
		for (String[] real : REAL) {
			if (real[0].equals(document.term()) && real[1].equals(document.typeCode())
					&& Integer.parseInt(real[2]) == Integer.parseInt(document.number())) {
				return new SyntheticDocument(0, document.kind(), document.typeCode(), document.number(), "TW",
						document.term(), LocalDate.parse(real[3]), real[4]);
			}
		}
		return document;
	}

	private static SyntheticDocument document(String term, String[] type, int number, LocalDate issued, String title) {
		String written = (number < 10) ? "0" + number : String.valueOf(number);
		return new SyntheticDocument(0, type[1], type[0], written, "TW", term, issued, title);
	}

}

package vn.newsarchive.importer.store;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.newsarchive.importer.model.DocumentReference;
import vn.newsarchive.resolution.Resolution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which coded document a bare "Kết luận 21" names (issue 18.2). The archive's coded
 * candidates are written {@code code@term@issued}; several are separated by {@code |}.
 */
class BareReferencesTests {

	@ParameterizedTest(name = "{0} in an article of {1} → {2}")
	@CsvSource(delimiter = ';', nullValues = "-", textBlock = """
			# the only one, issued before the article
			21-KL/TW@XIII@2021-10-25;                         2024-09-05; 21-KL/TW@XIII
			# issued after the article: not what it names
			21-KL/TW@XIII@2021-10-25;                         2021-03-01; -
			# two terms: the article's own term decides
			21-KL/TW@XI@2012-05-10 | 21-KL/TW@XIII@2021-10-25; 2024-09-05; 21-KL/TW@XIII
			# two terms, the article's own has none: two plausible, none chosen
			21-KL/TW@XI@2012-05-10 | 21-KL/TW@XII@2017-06-01;  2024-09-05; -
			# a later term than the article's cannot be meant
			21-KL/TW@XI@2012-05-10 | 21-KL/TW@XIII@2021-10-25; 2019-01-01; 21-KL/TW@XI
			# two issuers in one term: ambiguous
			21-KL/TW@XIII@2021-10-25 | 21-KL/BTCTW@XIII@2022-01-05; 2024-09-05; -
			# nothing coded in the archive
			-;                                                2024-09-05; -
			# no publication date: one candidate is still one
			21-KL/TW@XIII@2021-10-25;                         -;          21-KL/TW@XIII
			""")
	void bareReference(String candidates, LocalDate published, String expected) {
		DocumentReference bare = new DocumentReference(null, "Kết luận", "21", null, null, null, null, null);
		Optional<Resolution> picked = BareReferences.pick(parse(candidates), bare, published);
		assertThat(picked.map((r) -> r.getCode() + "@" + r.getTerm()).orElse(null)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "Bộ Chính trị, TW, 21-KL/TW@XIII", "BTCTW, BTCTW, 21-KL/BTCTW@XIII" })
	void anIssuerTheReferenceGivesChoosesAmongIssuers(String written, String canonicalIssuer, String expected) {
		DocumentReference bare = DocumentIdentity
			.canonical(new DocumentReference(null, "Kết luận", "21", written, null, null, null, null));
		assertThat(bare.issuer()).isEqualTo(canonicalIssuer);
		Optional<Resolution> picked = BareReferences
			.pick(parse("21-KL/TW@XIII@2021-10-25 | 21-KL/BTCTW@XIII@2022-01-05"), bare, LocalDate.of(2024, 9, 5));
		assertThat(picked.map((r) -> r.getCode() + "@" + r.getTerm())).contains(expected);
	}

	private static List<Resolution> parse(String candidates) {
		if (candidates == null) {
			return List.of();
		}
		return Arrays.stream(candidates.split("\\|")).map(String::strip).map((c) -> {
			String[] parts = c.split("@");
			String code = parts[0];
			String issuer = code.substring(code.indexOf('/') + 1);
			Resolution r = new Resolution("Kết luận", "KL", "21", issuer, code);
			r.setTerm(parts[1]);
			r.setIssuedOn(LocalDate.parse(parts[2]));
			return r;
		}).toList();
	}

}

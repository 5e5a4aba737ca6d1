package vn.newsarchive.importer.person;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scan that lets {@link CountedLists} skip a passage with no counted list: it must
 * say yes wherever the list's pattern could end ("gồm" in any case, spaces, a colon), or
 * a list would be lost. Sentences of our own.
 */
class IncludingColonTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			3 Phó Bí thư Thành ủy gồm: đồng chí A                   | true
			hai Phó Chủ tịch gồm : ông A và ông B                   | true
			BA PHÓ BÍ THƯ GỒM: A, B, C                              | true
			2 Ủy viên bao gồm   : bà A, bà B                        | true
			Gồm:                                                    | true
			Ban Thường vụ gồm 15 đồng chí. Chủ trì: đồng chí A       | false
			Thời gian: 8 giờ; địa điểm: Hội trường tỉnh             | false
			Ban chấp hành gồm các đồng chí A, B, C                  | false
			""")
	void aColonAfterGomInAnyCaseIsAListThatMayBeCounted(String text, boolean found) {
		assertThat(CountedLists.hasIncludingColon(text.strip())).isEqualTo(found);
	}

}

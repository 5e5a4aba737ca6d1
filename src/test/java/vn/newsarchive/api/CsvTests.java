package vn.newsarchive.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV cells are quoted only when they must be (RFC 4180). */
class CsvTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '\'',
			value = { "Bộ trưởng | Bộ trưởng", "Phó Thủ tướng, Bộ trưởng | \"Phó Thủ tướng, Bộ trưởng\"",
					"Hội nghị \"Diên Hồng\" | \"Hội nghị \"\"Diên Hồng\"\"\"" })
	void quotesCommasAndQuotes(String value, String cell) {
		assertThat(Csv.cell(value)).isEqualTo(cell);
	}

}

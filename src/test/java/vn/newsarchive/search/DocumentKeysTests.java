package vn.newsarchive.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Document keys, as indexed and as read from queries. */
class DocumentKeysTests {

	@Test
	void aDocumentIsIndexedByKindNumberAndIssuer() {
		assertThat(DocumentKeys.of("Nghị quyết", "26", "TW")).containsExactly("nghiquyet:26", "nghiquyet:26:tw",
				"26:tw");
		assertThat(DocumentKeys.of("Quyết định", "209", null)).containsExactly("quyetdinh:209");
		assertThat(DocumentKeys.of("Nghị quyết", null, "TW")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "26-NQ/TW|nghiquyet:26:tw", "26-nq/tw|nghiquyet:26:tw", "26 NQ TW|nghiquyet:26:tw",
					"26 nq tw|nghiquyet:26:tw", "26-NG/TƯ|26:tw", "nghị quyết 26|nghiquyet:26",
					"Nghị quyết số 26|nghiquyet:26", "kết luận 21|ketluan:21", "ket luan 21|ketluan:21",
					"209-QĐ/TW|quyetdinh:209:tw", "quy định 105|quydinh:105" })
	void aQueryNamingADocumentGivesItsKey(String query, String key) {
		assertThat(DocumentKeys.inQuery(query)).containsExactly(key);
	}

	@Test
	void ordinaryWordsNameNoDocument() {
		assertThat(DocumentKeys.inQuery("Trương Thị Mai làm việc tại Bộ Ngoại giao năm 2019")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "26-NQ/TW", "26 nq tw", "nghị quyết 26", "Nghị quyết số 26", "nghị quyết 26-NQ/TW",
			"26-NQ/TW OR 21-KL/TW" })
	void aQueryThatIsOnlyAReference(String query) {
		assertThat(DocumentKeys.isOnlyReferences(query.replace("OR", ""))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "thực hiện nghị quyết 26", "26-NQ/TW cán bộ", "Trương Thị Mai", "nghị quyết" })
	void aQueryWithOtherWordsIsNotOnlyAReference(String query) {
		assertThat(DocumentKeys.isOnlyReferences(query)).isFalse();
	}

}

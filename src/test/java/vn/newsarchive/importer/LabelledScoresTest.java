package vn.newsarchive.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file the importer refuses is scored as a total miss (every labelled item missed), so
 * one refusal neither stops a run over a folder nor flatters its scores.
 */
class LabelledScoresTest {

	private static final String LABELS = """
			{"title": "Hội nghị Ban Chấp hành Đảng bộ tỉnh", "date": "2025-10-02",
			 "persons": ["Nguyễn Văn An", "Trần Thị Bình"], "resolutions": ["26-NQ/TW"], "credits": [],
			 "titles": {"Nguyễn Văn An": ["Bí thư Tỉnh ủy"], "Trần Thị Bình": []},
			 "meetings": [{"chairs": ["Nguyễn Văn An"], "date": "2025-10-02"}, {"chairs": [], "date": "10-03"}]}
			""";

	@Test
	void aRefusedFileMissesEveryLabelledItemAndIsNamedInTheSummary() throws Exception {
		JsonNode labels = new ObjectMapper().readTree(LABELS);
		LabelledScores scores = new LabelledScores();

		String line = scores.refused("07.txt", labels, "no body found");

		assertThat(line).contains("refused: no body found");
		assertThat(scores.files).isEqualTo(1);
		assertThat(scores.headlinesRight).isZero();
		assertThat(scores.datesRight).isZero();
		assertThat(scores.persons).hasToString("0/0/2");
		assertThat(scores.documents).hasToString("0/0/1");
		assertThat(scores.titledPersons).isEqualTo(1);
		assertThat(scores.titlesRight).isZero();
		assertThat(scores.chairs).hasToString("0/0/1");
		assertThat(scores.meetingDates).isEqualTo(1);
		assertThat(scores.meetingDatesRight).isZero();
		assertThat(scores.summary()).contains("1 refused: 07.txt (no body found)");
	}

}

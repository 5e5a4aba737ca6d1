package vn.newsarchive.importer.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.newsarchive.system.Slugs;
import vn.newsarchive.testdata.TestArchive;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two writers storing, at the same moment, two articles that name the same new person,
 * the same new document and a new spelling of the same known person: thousands of rounds,
 * and not one article refused, not one identity stored twice, no duplicate-key error
 * logged.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class ConcurrentIdentityClaimsTest {

	private static final int ROUNDS = 2_000;

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ",
			"Ngô" };

	private static final String[] MIDDLE = { "Văn", "Quốc", "Minh", "Đức", "Thanh", "Hữu", "Ngọc", "Xuân", "Công",
			"Gia" };

	private static final String[] GIVEN = { "Khải", "Dũng", "Tuấn", "Phong", "Lâm", "Sơn", "Trung", "Kiên", "Long",
			"Nam", "Tùng", "Hải", "Bình", "Cường", "Thắng", "Vinh", "Hiếu", "Tâm", "Quang", "Thịnh" };

	/** Syllables whose tone two spelling styles put on different letters. */
	private static final String[][] TONE_STYLES = { { "Hoà", "Hòa" }, { "Thuỷ", "Thủy" }, { "Thuý", "Thúy" },
			{ "Khoẻ", "Khỏe" } };

	@Autowired
	ImportService importService;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void emptyArchive() {
		TestArchive.empty(this.jdbc);
	}

	@Test
	void twoWritersNeverLoseAnArticleToTheSameNewIdentity(CapturedOutput output) throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			String known = knownPerson(round, 0);
			this.jdbc.update("insert into person (name, name_key, slug) values (?, ?, ?)", known,
					PersonNameKey.of(known), Slugs.of(known));
		}
		TwoWritersInLockstep.importRounds(this.importService, ROUNDS, ConcurrentIdentityClaimsTest::article);
		assertThat(count("select count(*) from article")).isEqualTo(2 * ROUNDS);
		assertThat(count("select count(*) from person")).isEqualTo(2 * ROUNDS);
		assertThat(count("select count(distinct name_key) from person")).isEqualTo(2 * ROUNDS);
		assertThat(count("select count(*) from resolution")).isEqualTo(ROUNDS);
		assertThat(count("select count(*) from person_alias")).isEqualTo(ROUNDS);
		assertThat(count("select count(*) from article_person")).isEqualTo(4 * ROUNDS);
		assertThat(count("select count(*) from article_resolution")).isEqualTo(2 * ROUNDS);
		// every article reports a meeting, chaired by the one new person; the articles
		// report one kind of meeting by one organiser on one day, so that since issue
		// 18.4 they may share meetings (meeting_article)
		assertThat(count("select count(*) from article a where not exists (select 1 from meeting m"
				+ " where m.article_id = a.id) and not exists"
				+ " (select 1 from meeting_article r where r.article_id = a.id)"))
			.isZero();
		assertThat(count("select count(distinct person_id) from meeting_participant where role = 'CHAIR'"))
			.isEqualTo(ROUNDS);
		assertThat(output.getAll()).doesNotContainIgnoringCase("duplicate key")
			.doesNotContain("SQL Error")
			.doesNotContain("deadlock");
	}

	private int count(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class);
	}

	/** A name no other round uses. */
	private static String newPerson(int round) {
		return FAMILY[round % 10] + " " + MIDDLE[(round / 10) % 10] + " " + GIVEN[(round / 100) % 20];
	}

	/**
	 * A person the archive knows in one tone style, written by the articles in the other.
	 */
	private static String knownPerson(int round, int style) {
		return FAMILY[(round + 3) % 10] + " " + MIDDLE[(round / 10) % 10] + " " + MIDDLE[(round / 100 + 5) % 10] + " "
				+ TONE_STYLES[(round / 1000) % 4][style];
	}

	private static String article(int round, int writer) {
		String person = newPerson(round);
		String known = knownPerson(round, 1);
		String code = (1000 + round) + "-NQ/TW";
		return """
				Trang chủ
				Chính trị
				Đảng ủy Khối quán triệt Nghị quyết số %s của Bộ Chính trị
				Thứ Hai, 10/03/2025 08:00 (GMT+7)
				(ĐCSVN) - Sáng 10/3, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị quán triệt Nghị quyết số %s của Bộ Chính trị về công tác xây dựng Đảng.
				Đồng chí %s, Bí thư Đảng ủy Khối các cơ quan tỉnh, chủ trì hội nghị. Dự hội nghị có đồng chí %s, Phó Bí thư Thường trực Đảng ủy Khối.
				Tại hội nghị, các đại biểu đã nghe phổ biến những nội dung cơ bản của Nghị quyết và thảo luận về kế hoạch thực hiện trong thời gian tới, theo bản tin số %d của phóng viên %d.
				Phát biểu kết luận, đồng chí %s yêu cầu các cấp ủy xây dựng chương trình hành động cụ thể.
				"""
			.formatted(code, code, person, known, round, writer, person);
	}

}

package vn.newsarchive.importer.store;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

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
 * Two writers storing, at the same moment, two new reports of a meeting the archive
 * already holds, each adding the same known person to it (issue 12.1): the meeting's link
 * rows have unique keys like the identities, and the loser of the race must neither fail
 * nor log a duplicate key.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class ConcurrentMeetingLinksTest {

	private static final int ROUNDS = 150;

	private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 2);

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ",
			"Ngô" };

	private static final String[] MIDDLE = { "Văn", "Quốc", "Minh", "Đức", "Thanh", "Hữu", "Ngọc", "Xuân", "Công",
			"Gia" };

	@Autowired
	ImportService importService;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void emptyArchive() {
		TestArchive.empty(this.jdbc);
	}

	@Test
	void twoReportsOfAKnownMeetingAddTheSamePersonOnce(CapturedOutput output) throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			String guest = person(round, "Tâm");
			this.jdbc.update("insert into person (name, name_key, slug) values (?, ?, ?)", guest,
					PersonNameKey.of(guest), Slugs.of(guest));
			ImportOutcome first = this.importService.importContent("first-" + round + ".txt",
					article(round, -1).getBytes(StandardCharsets.UTF_8));
			assertThat(first.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
		}
		assertThat(count("select count(*) from meeting")).isEqualTo(ROUNDS);
		assertThat(count("select count(*) from meeting_participant")).isEqualTo(ROUNDS);
		TwoWritersInLockstep.importRounds(this.importService, ROUNDS, ConcurrentMeetingLinksTest::article);
		assertThat(count("select count(*) from article")).isEqualTo(3 * ROUNDS);
		// the later reports joined the stored meetings instead of starting their own
		assertThat(count("select count(*) from meeting")).isEqualTo(ROUNDS);
		assertThat(count("select count(*) from meeting_article")).isEqualTo(2 * ROUNDS);
		// each meeting: its chair, and the guest both later reports name, once
		assertThat(count("select count(*) from meeting_participant")).isEqualTo(2 * ROUNDS);
		assertThat(count("select count(*) from meeting_participant where role = 'PARTICIPANT'")).isEqualTo(ROUNDS);
		assertThat(output.getAll()).doesNotContainIgnoringCase("duplicate key")
			.doesNotContain("SQL Error")
			.doesNotContain("deadlock");
	}

	private int count(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class);
	}

	private static String person(int round, String given) {
		return FAMILY[round % 10] + " " + MIDDLE[(round / 10) % 10] + " " + MIDDLE[(round / 100 + 3) % 10] + " "
				+ given;
	}

	/**
	 * A report of round {@code round}'s meeting (one organiser, one day): the first one
	 * (writer -1) names its chair only, each later one also the guest.
	 */
	private static String article(int round, int writer) {
		LocalDate day = FIRST_DAY.plusDays(round);
		String chair = person(round, "Khải");
		String guest = (writer < 0) ? ""
				: " Dự hội nghị có đồng chí %s, Phó Bí thư Thường trực Đảng ủy Khối.".formatted(person(round, "Tâm"));
		return """
				Trang chủ
				Chính trị
				Đảng ủy Khối tổ chức hội nghị sơ kết công tác xây dựng Đảng, bản tin %d
				Thứ Hai, %02d/%02d/%d 08:00 (GMT+7)
				(ĐCSVN) - Sáng %d/%d, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị sơ kết công tác xây dựng Đảng.
				Đồng chí %s, Bí thư Đảng ủy Khối các cơ quan tỉnh, chủ trì hội nghị.%s
				Tại hội nghị, các đại biểu đã thảo luận về kế hoạch thực hiện trong thời gian tới, theo bản tin số %d của phóng viên %d.
				"""
			.formatted(writer, day.getDayOfMonth(), day.getMonthValue(), day.getYear(), day.getDayOfMonth(),
					day.getMonthValue(), chair, guest, round, writer);
	}

}

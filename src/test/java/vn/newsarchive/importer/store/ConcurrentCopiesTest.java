package vn.newsarchive.importer.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.newsarchive.testdata.TestArchive;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two copies of one new story stored by two writers at the same instant (issue 18.1):
 * neither sees the other's uncommitted article, so without a lock each would start a
 * story of its own. Many rounds, and every round is one story.
 */
@SpringBootTest
class ConcurrentCopiesTest {

	private static final int ROUNDS = 40;

	private static final String[] SYLLABLES = { "công", "tác", "xây", "dựng", "chính", "quyền", "nhân", "dân", "phát",
			"triển", "kinh", "tế", "văn", "hóa", "xã", "hội", "an", "ninh", "quốc", "phòng", "đoàn", "kết", "thống",
			"nhất", "đổi", "mới", "sáng", "tạo", "hiệu", "quả", "năng", "lực", "kiểm", "tra", "giám", "sát", "tuyên",
			"truyền", "vận", "động", "thi", "đua", "học", "tập", "nông", "thôn", "biển", "đảo", "rừng", "núi" };

	@Autowired
	ImportService importService;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void emptyArchive() {
		TestArchive.empty(this.jdbc);
	}

	@Test
	void twoCopiesStoredAtOnceAreOneStory() throws Exception {
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService writers = Executors.newFixedThreadPool(2);
		List<Future<?>> results = new ArrayList<>();
		try {
			for (int writer = 0; writer < 2; writer++) {
				int self = writer;
				results.add(writers.submit(() -> {
					for (int round = 0; round < ROUNDS; round++) {
						byte[] text = story(round, self).getBytes(StandardCharsets.UTF_8);
						together.await();
						ImportOutcome outcome = this.importService.importContent("copy-" + round + "-" + self + ".txt",
								text);
						assertThat(outcome.status()).as(outcome.message()).isEqualTo(ImportOutcome.Status.IMPORTED);
					}
					return null;
				}));
			}
			for (Future<?> result : results) {
				result.get();
			}
		}
		finally {
			writers.shutdownNow();
		}
		assertThat(count("select count(*) from article")).isEqualTo(2 * ROUNDS);
		assertThat(count("select count(*) from article where story_id is null")).isEqualTo(ROUNDS);
		assertThat(count("select count(*) from story_band b join article a on a.id = b.article_id"
				+ " where a.story_id is not null"))
			.isZero();
	}

	private int count(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class);
	}

	/**
	 * Each round a story of its own words, naming no one and citing nothing: two copies
	 * that name a new person or document already wait for each other, at the claim of
	 * that identity. The writer's copy differs by its closing line.
	 */
	private static String story(int round, int writer) {
		Random words = new Random(round);
		StringBuilder text = new StringBuilder("Hội nghị sơ kết").append(phrase(words, 8)).append('\n');
		text.append("10/03/2025 08:00\n");
		for (int paragraph = 0; paragraph < 4; paragraph++) {
			text.append("Tại hội nghị").append(phrase(words, 16)).append(".\n");
		}
		text.append((writer == 0) ? "Tin đã được đăng trên trang chính.\n" : "Tin được cập nhật lúc trưa.\n");
		return text.toString();
	}

	private static String phrase(Random words, int length) {
		StringBuilder phrase = new StringBuilder();
		for (int i = 0; i < length; i++) {
			phrase.append(' ').append(SYLLABLES[words.nextInt(SYLLABLES.length)]);
		}
		return phrase.toString();
	}

}

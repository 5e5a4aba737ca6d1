package vn.newsarchive.importer.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.newsarchive.importer.ArticlePipeline;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code extract}: JSON Lines in argument order, errors as objects, exit code 1 on any
 * failure.
 */
class ExtractCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new ExtractCommand(new ArticlePipeline()).run(args,
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private List<JsonNode> lines() throws IOException {
		ObjectMapper mapper = new ObjectMapper();
		String text = this.out.toString(StandardCharsets.UTF_8);
		return text.lines().map((line) -> {
			try {
				return mapper.readTree(line);
			}
			catch (IOException ex) {
				throw new AssertionError("not JSON: " + line, ex);
			}
		}).toList();
	}

	@Test
	void printsOneObjectPerSeedInOrder() throws IOException {
		assertThat(run("seeds")).isZero();
		List<JsonNode> lines = lines();
		assertThat(lines).hasSize(5);
		assertThat(lines.get(0).get("file").asText()).endsWith("000_c2fa52de5c97c5b3.txt");
		assertThat(lines.get(0).get("title").asText())
			.isEqualTo("Trưởng ban Dân vận Trung ương Trương Thị Mai làm việc tại Bộ Ngoại giao");
		assertThat(lines.get(0).get("published").get("value").asText()).isEqualTo("2019-11-06T19:27");
		assertThat(lines.get(0).get("published").get("precision").asText()).isEqualTo("minute");
		// seed 002 states no publication time: only the year its event implies, marked
		// inferred
		assertThat(lines.get(2).get("published").get("value").asText()).isEqualTo("2021");
		assertThat(lines.get(2).get("published").get("inferred").asBoolean()).isTrue();
		for (JsonNode line : lines) {
			assertThat(line.has("error")).isFalse();
			assertThat(line.get("body").size()).isPositive();
		}
	}

	@Test
	void aBadFileIsReportedInPlaceAndTheOthersStillPrinted(@TempDir Path dir) throws IOException {
		Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
		Path missing = dir.resolve("missing.txt");
		assertThat(run("seeds/003_e6474cc7a97b0b07.txt", empty.toString(), missing.toString(),
				"seeds/004_02ea695a35228001.txt"))
			.isEqualTo(1);
		List<JsonNode> lines = lines();
		assertThat(lines).hasSize(4);
		assertThat(lines.get(0).get("title").asText()).startsWith("Gắn kết chặt chẽ xây dựng Đảng");
		assertThat(lines.get(1).get("error").asText()).containsIgnoringCase("empty");
		assertThat(lines.get(2).get("error").asText()).contains("cannot read");
		assertThat(lines.get(3).get("title").asText()).startsWith("Lấy phiếu tín nhiệm giữa nhiệm kỳ");
	}

	@Test
	void withoutPathsItExplainsUsage() {
		assertThat(run()).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("Usage: extract PATH");
	}

}

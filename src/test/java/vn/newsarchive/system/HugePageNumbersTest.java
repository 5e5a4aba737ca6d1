package vn.newsarchive.system;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.newsarchive.testdata.ImportedSeedsWebTest;
import vn.newsarchive.testdata.SignIn;
import vn.newsarchive.testdata.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, failure 6: a page number beyond the end of a list answered 500 with a stack
 * trace when its offset overflowed. Beyond the last page is the 404 page, on every list.
 */
class HugePageNumbersTest extends ImportedSeedsWebTest {

	private static final List<String> HUGE = List.of("107374183", "2147483647", "1000001");

	@Test
	void publicListsAnswerTheNotFoundPage() {
		String person = firstPath("person");
		String resolution = firstPath("resolution");
		Stream
			.of("/bai-viet?page=", "/bai-viet?year=2023&page=", "/nhan-vat?page=", "/van-kien?page=", "/su-kien?page=",
					"/su-kien?year=2023&page=", person + "?page=", person + "?meetings=", person + "?positions=",
					resolution + "?page=", resolution + "?meetings=")
			.forEach((list) -> HUGE.forEach((n) -> {
				var answer = this.client.get(list + n);
				assertThat(answer.statusCode()).as(list + n).isIn(200, 404);
				assertThat(answer.body()).as(list + n).doesNotContain("Exception");
			}));
		assertThat(this.client.get("/bai-viet?page=107374183").statusCode()).isEqualTo(404);
		assertThat(this.client.get("/nhan-vat?page=2147483647").statusCode()).isEqualTo(404);
	}

	@Test
	void adminListsAnswerTheNotFoundPage() {
		TestAccounts.create(this.jdbc, "page-editor", "mật khẩu trang rất xa", "ADMIN");
		String session = SignIn.sessionCookie(this.port, "page-editor", "mật khẩu trang rất xa");
		long article = this.jdbc.queryForObject("select min(id) from article", Long.class);
		Stream
			.of("/admin/articles?page=", "/admin/persons?page=", "/admin/resolutions?page=", "/admin/meetings?page=",
					"/admin/audit?page=", "/admin/articles/" + article + "/history?page=")
			.forEach((list) -> HUGE.forEach((n) -> {
				var answer = this.client.get(list + n, "Cookie", session);
				assertThat(answer.statusCode()).as(list + n).isEqualTo(404);
			}));
		assertThat(this.client.get("/admin/articles?page=0", "Cookie", session).statusCode()).isEqualTo(200);
	}

	private String firstPath(String table) {
		return this.jdbc.queryForObject("select '" + switch (table) {
			case "person" -> "/nhan-vat/";
			default -> "/van-kien/";
		} + "' || id || '-' || slug from " + table + " order by id limit 1", String.class);
	}

}

package vn.newsarchive.home;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The running app answers its home page (Vietnamese first), health, and a clear 404. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HomePageTest {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html,application/json")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void homePageIsVietnameseByDefault() throws Exception {
		HttpResponse<String> response = get("/");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<html lang=\"vi\"").contains("Kho lưu trữ tin công tác Đảng");
	}

	@Test
	void englishIsOneSwitchAway() throws Exception {
		HttpResponse<String> response = get("/?lang=en");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<html lang=\"en\"").contains("Party-work News Archive");
	}

	@Test
	void healthIsUp() throws Exception {
		HttpResponse<String> response = get("/actuator/health");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void unknownPageGetsTheArchive404() throws Exception {
		HttpResponse<String> response = get("/khong-co-trang-nay");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Không tìm thấy trang");
	}

}

package vn.newsarchive.api;

import java.net.http.HttpResponse;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.newsarchive.testdata.SearchIndex;
import vn.newsarchive.testdata.SeededWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Articles per month as CSV, for a person, a document and a search, on the seeds. */
class AttentionCsvTest extends SeededWebTest {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@BeforeEach
	void indexOnlyTheSeeds() {
		SearchIndex.rebuild(this.entityManagerFactory);
	}

	private ApiClient api() {
		return new ApiClient(this.port);
	}

	@Test
	void aPersonsMonthsEveryMonthFromTheFirstToTheLastThenTheYearsAlone() throws Exception {
		HttpResponse<String> csv = api().get("/api/v1/persons/" + this.seeds.minh() + "/months.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> assertThat(t).startsWith("text/csv"));
		assertThat(csv.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((d) -> assertThat(d).contains("person-" + this.seeds.minh() + "-months.csv"));
		assertThat(csv.body()).isEqualTo("\uFEFFperiod,precision,articles\r\n" + "2019-04,MONTH,1\r\n"
				+ "2019-05,MONTH,0\r\n" + "2019-06,MONTH,0\r\n" + "2019-07,MONTH,0\r\n" + "2019-08,MONTH,0\r\n"
				+ "2019-09,MONTH,0\r\n" + "2019-10,MONTH,0\r\n" + "2019-11,MONTH,1\r\n" + "2019-12,MONTH,0\r\n"
				+ "2020-01,MONTH,0\r\n" + "2020-02,MONTH,1\r\n" + "2021,YEAR,1\r\n");
	}

	@Test
	void aDocumentsMonths() throws Exception {
		HttpResponse<String> csv = api().get("/api/v1/documents/" + this.seeds.kl21() + "/months.csv");
		assertThat(csv.body()).isEqualTo("\uFEFFperiod,precision,articles\r\n2024-09,MONTH,1\r\n");
	}

	@Test
	void aSearchsMonthsWithItsFilters() throws Exception {
		HttpResponse<String> csv = api().get("/api/search/months.csv?q=ngoai+giao&from=2020-01-01");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).startsWith("\uFEFFperiod,precision,articles\r\n2020-02,MONTH,1\r\n")
			.endsWith("2024-09,MONTH,1\r\n2021,YEAR,1\r\n");
		assertThat(api().get("/api/search/months.csv?q=").body()).isEqualTo("\uFEFFperiod,precision,articles\r\n");
	}

	@Test
	void anUnknownRecordIsNotFound() throws Exception {
		assertThat(api().get("/api/v1/persons/999999999/months.csv").statusCode()).isEqualTo(404);
		assertThat(api().get("/api/v1/documents/999999999/months.csv").statusCode()).isEqualTo(404);
	}

}

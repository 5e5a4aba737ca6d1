package vn.newsarchive.importer;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.newsarchive.importer.model.DocumentReference;
import vn.newsarchive.importer.model.MeetingReport;
import vn.newsarchive.importer.model.PersonMention;

import static org.assertj.core.api.Assertions.assertThat;

/** The expected extraction from each of the five seeds, segmented by hand. */
class SeedExtractionTest {

	private static final EntityExtractor extractor = new EntityExtractor();

	@Test
	void seed000InspectionLedByTruongThiMai() {
		Entities found = extractor.extract(SeedArticles.seed000());
		assertThat(names(found)).containsExactly("Trương Thị Mai", "Phạm Bình Minh");
		assertThat(found.persons().get(0).titles()).containsExactly("Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng",
				"Trưởng ban Dân vận Trung ương");
		assertThat(found.resolutions()).extracting(DocumentReference::code).containsExactly("26-NQ/TW", "18-NQ/TW");
		DocumentReference nq26 = found.resolutions().get(0);
		assertThat(nq26.date()).isEqualTo("2018-05-19");
		assertThat(nq26.term()).isEqualTo("XII");
		assertThat(nq26.plenum()).isEqualTo("Hội nghị Trung ương 7");
		assertThat(nq26.title()).startsWith("Tập trung xây dựng đội ngũ cán bộ các cấp");
		MeetingReport meeting = onlyMeeting(found);
		assertThat(meeting.date().value()).isEqualTo("2019-11-06");
		assertThat(meeting.place()).isEqualTo("Trụ sở Bộ Ngoại giao");
		assertThat(meeting.delegation()).isEqualTo("Đoàn Kiểm tra số 1150 của Bộ Chính trị");
		assertThat(meeting.delegationNumber()).isEqualTo("1150");
		assertThat(meeting.chairs()).containsExactly("Trương Thị Mai", "Phạm Bình Minh");
		assertThat(meeting.resolutions()).containsExactly("26-NQ/TW", "18-NQ/TW");
	}

	@Test
	void seed001ReviewChairedByPhamBinhMinh() {
		Entities found = extractor.extract(SeedArticles.seed001());
		assertThat(names(found)).containsExactly("Phạm Bình Minh");
		assertThat(found.resolutions()).isEmpty();
		MeetingReport meeting = onlyMeeting(found);
		assertThat(meeting.kind()).isEqualTo("Hội nghị");
		assertThat(meeting.title()).isEqualTo("Hội nghị kiểm điểm công tác lãnh đạo, chỉ đạo năm 2019");
		assertThat(meeting.date().value()).isEqualTo("2020-02-26");
		assertThat(meeting.organizer()).isEqualTo("Ban cán sự đảng Bộ Ngoại giao");
		assertThat(meeting.chairs()).containsExactly("Phạm Bình Minh");
	}

	@Test
	void seed002PartyReviewOfTheYear2020() {
		Entities found = extractor.extract(SeedArticles.seed002());
		assertThat(names(found)).containsExactly("Lại Xuân Lâm", "Phạm Bình Minh", "Bùi Thanh Sơn");
		assertThat(found.persons().get(2).titles()).containsExactly("Bí thư Đảng ủy Bộ",
				"Thứ trưởng Thường trực Bộ Ngoại giao");
		assertThat(found.resolutions()).containsExactly(new DocumentReference(null, "Quyết định", "209", "Bộ Chính trị",
				LocalDate.parse("2019-11-26"), null, null, null));
		MeetingReport meeting = onlyMeeting(found);
		assertThat(meeting.title()).isEqualTo("Hội nghị Tổng kết công tác Đảng năm 2020");
		assertThat(meeting.organizer()).isEqualTo("Đảng bộ Bộ Ngoại giao");
		// no date is stated: a review of 2020 is held early in 2021, so the year is
		// inferred
		assertThat(meeting.date().value()).isEqualTo("2021");
		assertThat(meeting.date().inferred()).isTrue();
	}

	@Test
	void seed003InspectionLedByLeMinhHung() {
		Entities found = extractor.extract(SeedArticles.seed003());
		assertThat(names(found)).containsExactly("Lê Minh Hưng", "Bùi Thanh Sơn").doesNotContain("Minh Ngọc");
		assertThat(found.persons().get(1).titles()).containsExactly("Ủy viên Trung ương Đảng",
				"Phó Thủ tướng Chính phủ", "Bí thư Ban cán sự đảng", "Bộ trưởng Bộ Ngoại giao");
		assertThat(found.resolutions()).extracting(DocumentReference::code).containsExactly("21-KL/TW");
		MeetingReport meeting = onlyMeeting(found);
		assertThat(meeting.date().value()).isEqualTo("2024-09-04");
		assertThat(meeting.place()).isEqualTo("Trụ sở Bộ Ngoại giao");
		assertThat(meeting.delegation()).isEqualTo("Đoàn Kiểm tra số 1477 của Ban Bí thư");
		assertThat(meeting.chairs()).containsExactly("Lê Minh Hưng");
		assertThat(meeting.resolutions()).containsExactly("21-KL/TW");
	}

	@Test
	void seed004ConfidenceVoteYearFromTheText() {
		Entities found = extractor.extract(SeedArticles.seed004());
		assertThat(names(found)).containsExactly("Phạm Bình Minh");
		MeetingReport meeting = onlyMeeting(found);
		assertThat(meeting.title()).startsWith("Hội nghị lấy phiếu tín nhiệm");
		assertThat(meeting.date().value()).isEqualTo("2019-04-03");
		assertThat(meeting.date().inferred()).isTrue();
	}

	private static List<String> names(Entities found) {
		return found.persons().stream().map(PersonMention::name).toList();
	}

	private static MeetingReport onlyMeeting(Entities found) {
		assertThat(found.meetings()).hasSize(1);
		return found.meetings().get(0);
	}

}

package vn.newsarchive.testdata;

import java.time.LocalDate;
import java.time.LocalDateTime;

import vn.newsarchive.article.Article;
import vn.newsarchive.kernel.DatePrecision;
import vn.newsarchive.meeting.Meeting;
import vn.newsarchive.meeting.ParticipantRole;
import vn.newsarchive.person.Person;
import vn.newsarchive.resolution.Resolution;

import static vn.newsarchive.testdata.ArticleBuilder.article;

/**
 * The five articles of {@code seeds/} as the importer is meant to store them (titles,
 * dates, people with their titles, documents, meetings), plus the other 26-NQ/TW (term X,
 * 2008) so two documents share a code. Used until the importer lands on main.
 */
public final class SeedFixture {

	public static final String MAI_TITLE = "Trưởng ban Dân vận Trung ương Trương Thị Mai làm việc tại Bộ Ngoại giao";

	public static final String SON_2021 = "Bí thư Đảng ủy Bộ, Thứ trưởng Thường trực Bộ Ngoại giao";

	public static final String SON_2024 = "Ủy viên Trung ương Đảng, Phó Thủ tướng Chính phủ, Bí thư Ban cán sự đảng, Bộ trưởng Bộ Ngoại giao";

	/** Ids of the records tests look at. */
	public record Seeds(Long maiArticle, Long reviewArticle, Long year2021Article, Long inspection2024Article,
			Long confidenceVoteArticle, Long mai, Long minh, Long son, Long hung, Long nq26, Long nq26TermX, Long kl21,
			Long inspection1150) {
	}

	private SeedFixture() {
	}

	public static Seeds load(TestArchive archive) {
		return archive.inTransaction((em) -> write(new ArchiveWriter(em)));
	}

	private static Seeds write(ArchiveWriter w) {
		Person mai = w.person("Trương Thị Mai");
		Person minh = w.person("Phạm Bình Minh");
		Person son = w.person("Bùi Thanh Sơn");
		Person hung = w.person("Lê Minh Hưng");
		Person lam = w.person("Lại Xuân Lâm");
		Resolution nq26 = w.resolution("Nghị quyết", "NQ", "26", "TW", "XII", LocalDate.of(2018, 5, 19),
				"Tập trung xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược, đủ phẩm chất, năng lực và uy tín, ngang tầm nhiệm vụ");
		Resolution nq26x = w.resolution("Nghị quyết", "NQ", "26", "TW", "X", LocalDate.of(2008, 8, 5),
				"Về nông nghiệp, nông dân, nông thôn");
		Resolution nq18 = w.resolution("Nghị quyết", "NQ", "18", "TW", "XII", LocalDate.of(2017, 10, 25),
				"Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả");
		Resolution kl21 = w.resolution("Kết luận", "KL", "21", "TW", "XIII", LocalDate.of(2021, 10, 25),
				"Về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị");
		Resolution qd209 = w.resolution("Quyết định", null, "209", "Bộ Chính trị", null, LocalDate.of(2019, 11, 26),
				null);

		Article a1 = w.article(article(MAI_TITLE).publishedAt("2019-11-06T19:27")
			.lead("Đoàn kiểm tra số 1150 của Bộ Chính trị làm việc với Ban cán sự đảng Bộ Ngoại giao.")
			.paragraphs(
					"Chiều 6/11, tại Trụ sở Bộ Ngoại giao, Đoàn kiểm tra số 1150 của Bộ Chính trị do đồng chí Trương Thị Mai,"
							+ " Ủy viên Bộ Chính trị, Trưởng ban Dân vận Trung ương dẫn đầu đến làm việc với Ban Cán sự Đảng Bộ Ngoại giao"
							+ " về kết quả thực hiện Nghị quyết số 26-NG/TƯ gắn với Nghị quyết số 18-NQ/TƯ.",
					"Đoàn Kiểm tra đã làm việc về kết quả thực hiện Nghị quyết số 26-NQ/TW ngày 19/5/2018 của Hội nghị Trung ương 7 khóa XII.",
					"Đồng chí Phạm Bình Minh, Ủy viên Bộ Chính trị, Phó Thủ tướng, Bộ trưởng đồng chủ trì buổi làm việc.",
					"Thay mặt Đoàn Kiểm tra, đồng chí Trương Thị Mai đánh giá cao Bộ Ngoại giao <script>alert(1)</script>.")
			.caption("Trưởng ban Dân vận Trung ương Trương Thị Mai phát biểu ý kiến tại buổi làm việc.", "Tuấn Anh")
			.related("Đoàn Tiểu ban Văn kiện Đại hội Đảng XIII làm việc với Ban cán sự đảng Bộ Ngoại giao",
					"Lấy phiếu tín nhiệm giữa nhiệm kỳ đối với các Thứ trưởng Bộ Ngoại giao"));
		w.mention(a1, mai, "Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng ban Dân vận Trung ương", 0);
		w.mention(a1, minh, "Ủy viên Bộ Chính trị, Phó Thủ tướng, Bộ trưởng, Bí thư Ban cán sự đảng Bộ Ngoại giao", 1);
		w.cite(a1, nq26, nq18);
		Meeting m1 = w.meeting(a1, "Làm việc",
				"Đoàn kiểm tra số 1150 của Bộ Chính trị làm việc với Ban cán sự đảng Bộ Ngoại giao",
				LocalDate.of(2019, 11, 6), "Trụ sở Bộ Ngoại giao");
		m1.setOrganizer("Bộ Chính trị");
		m1.setDelegation("Đoàn kiểm tra số 1150 của Bộ Chính trị");
		m1.setDelegationNumber("1150");
		m1.getResolutions().add(nq26);
		m1.getResolutions().add(nq18);
		w.participant(m1, mai, ParticipantRole.CHAIR);
		w.participant(m1, minh, ParticipantRole.CHAIR);
		w.position(mai, "Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng ban Dân vận Trung ương", a1,
				LocalDate.of(2019, 11, 6), DatePrecision.DAY, false);

		Article a2 = w.article(article(
				"Hội nghị kiểm điểm công tác lãnh đạo, chỉ đạo của Ban cán sự đảng Bộ Ngoại giao năm 2019")
			.publishedAt("2020-02-26T19:26")
			.paragraphs(
					"Ngày 26/2, Ban cán sự đảng Bộ Ngoại giao đã tổ chức Hội nghị kiểm điểm công tác lãnh đạo, chỉ đạo năm 2019."
							+ " Đồng chí Phạm Bình Minh chủ trì Hội nghị.")
			.author("Văn Anh")
			.caption("Hội nghị kiểm điểm công tác lãnh đạo, chỉ đạo của Ban cán sự đảng Bộ Ngoại giao năm 2019.",
					"Tuấn Anh")
			.related("Trưởng ban Dân vận Trung ương  Trương Thị Mai làm việc tại Bộ Ngoại giao",
					"Ban Cán sự Đảng Chính phủ họp kiểm điểm công tác năm 2018"));
		w.mention(a2, minh, "Ủy viên Bộ Chính trị, Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao", 0);
		Meeting m2 = w.meeting(a2, "Hội nghị kiểm điểm", "Hội nghị kiểm điểm công tác lãnh đạo, chỉ đạo năm 2019",
				LocalDate.of(2020, 2, 26), null);
		w.participant(m2, minh, ParticipantRole.CHAIR);

		Article a3 = w.article(article("Đảng bộ Bộ Ngoại giao tiếp tục ghi những dấu ấn mới trong năm 2021")
			.published(LocalDateTime.of(2021, 1, 1, 0, 0), DatePrecision.YEAR, true)
			.lead("Đảng bộ Bộ Ngoại giao tổ chức Hội nghị Tổng kết công tác Đảng năm 2020, đề ra phương hướng, nhiệm vụ năm 2021")
			.paragraphs(
					"Hội nghị có sự tham dự của đồng chí Lại Xuân Lâm, Phó Bí thư Đảng ủy Khối các Cơ quan Trung ương.",
					"Đảng ủy Bộ đã hợp nhất Đảng bộ Ngoài nước và Đảng bộ Bộ Ngoại giao theo Quyết định 209 ngày 26/11/2019 của Bộ Chính trị.",
					"Đồng chí Bùi Thanh Sơn, Bí thư Đảng ủy Bộ, Thứ trưởng Thường trực Bộ Ngoại giao phát biểu tiếp thu ý kiến chỉ đạo của Phó Thủ tướng Phạm Bình Minh."));
		w.mention(a3, lam, "Phó Bí thư Đảng ủy Khối các Cơ quan Trung ương", 0);
		w.mention(a3, minh, "Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Ngoại giao", 1);
		w.mention(a3, son, SON_2021, 2);
		w.cite(a3, qd209);
		w.position(son, SON_2021, a3, LocalDate.of(2021, 1, 1), DatePrecision.YEAR, true);
		Meeting m3 = w.meeting(a3, "Hội nghị tổng kết", "Hội nghị Tổng kết công tác Đảng năm 2020", null, null);
		w.participant(m3, minh, ParticipantRole.CHAIR);
		w.participant(m3, son, ParticipantRole.PARTICIPANT);
		w.participant(m3, lam, ParticipantRole.PARTICIPANT);

		Article a4 = w.article(article(
				"Gắn kết chặt chẽ xây dựng Đảng với phát triển ngành ngoại giao vững mạnh, toàn diện")
			.publishedAt("2024-09-05T12:00")
			.source("VGP")
			.author("Minh Ngọc")
			.paragraphs(
					"Chiều 4/9, tại Trụ sở Bộ Ngoại giao, Đoàn Kiểm tra số 1477 của Ban Bí thư do đồng chí Lê Minh Hưng làm Trưởng đoàn"
							+ " đã làm việc với Ban cán sự đảng Bộ Ngoại giao về Kết luận số 21-KL/TW ngày 25/10/2021.",
					"Tiếp thu chỉ đạo của đồng chí Lê Minh Hưng, đồng chí Bùi Thanh Sơn cho biết Ban cán sự đảng đã ban hành Kế hoạch thực hiện Kết luận 21.")
			.caption("Đoàn Kiểm tra số 1477 của Ban Bí thư làm việc với Ban cán sự đảng Bộ Ngoại giao",
					"VGP/Minh Ngọc"));
		w.mention(a4, hung, "Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương", 0);
		w.mention(a4, son, SON_2024, 1);
		w.cite(a4, kl21);
		w.position(son, SON_2024, a4, LocalDate.of(2024, 9, 4), DatePrecision.DAY, true);
		Meeting m4 = w.meeting(a4, "Làm việc",
				"Đoàn Kiểm tra số 1477 của Ban Bí thư làm việc với Ban cán sự đảng Bộ Ngoại giao",
				LocalDate.of(2024, 9, 4), "Trụ sở Bộ Ngoại giao");
		m4.getResolutions().add(kl21);
		w.participant(m4, hung, ParticipantRole.CHAIR);
		w.participant(m4, son, ParticipantRole.PARTICIPANT);

		Article a5 = w.article(article("Lấy phiếu tín nhiệm giữa nhiệm kỳ đối với các Thứ trưởng Bộ Ngoại giao")
			.published(LocalDateTime.of(2019, 4, 1, 0, 0), DatePrecision.MONTH, true)
			.source("TTXVN/Vietnam+")
			.paragraphs(
					"Ngày 3/4, tại Trụ sở Bộ Ngoại giao, Ban cán sự đảng Bộ Ngoại giao tổ chức Hội nghị lấy phiếu tín nhiệm.",
					"Phát biểu tại Hội nghị, ông Phạm Bình Minh nhấn mạnh việc lấy phiếu tín nhiệm là chủ trương lớn của Đảng.")
			.related("Tiếp tục đổi mới mạnh mẽ, toàn diện, đồng bộ, hiệu quả công tác cán bộ"));
		w.mention(a5, minh, "Ủy viên Bộ Chính trị, Phó Thủ tướng, Bộ trưởng, Bí thư Ban cán sự đảng Bộ Ngoại giao", 0);
		Meeting m5 = w.meeting(a5, "Hội nghị lấy phiếu tín nhiệm", "Hội nghị lấy phiếu tín nhiệm giữa nhiệm kỳ",
				LocalDate.of(2019, 4, 3), "Trụ sở Bộ Ngoại giao");
		w.participant(m5, minh, ParticipantRole.CHAIR);
		return new Seeds(a1.getId(), a2.getId(), a3.getId(), a4.getId(), a5.getId(), mai.getId(), minh.getId(),
				son.getId(), hung.getId(), nq26.getId(), nq26x.getId(), kl21.getId(), m1.getId());
	}

}

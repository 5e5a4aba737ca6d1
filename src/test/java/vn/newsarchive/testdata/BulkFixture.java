package vn.newsarchive.testdata;

import java.time.LocalDate;
import java.time.LocalDateTime;

import vn.newsarchive.article.Article;
import vn.newsarchive.kernel.DatePrecision;
import vn.newsarchive.meeting.Meeting;
import vn.newsarchive.meeting.ParticipantRole;
import vn.newsarchive.person.Person;
import vn.newsarchive.resolution.Resolution;
import vn.newsarchive.testdata.SeedFixture.Seeds;

import static vn.newsarchive.testdata.ArticleBuilder.article;

/**
 * Many more articles around the seeds, each with people, positions, documents, captions,
 * related titles and a meeting, so a page that loads row by row shows it in its query
 * count.
 */
public final class BulkFixture {

	private BulkFixture() {
	}

	public static void add(TestArchive archive, Seeds seeds, int count) {
		archive.inTransaction((em) -> {
			ArchiveWriter w = new ArchiveWriter(em);
			Person minh = em.find(Person.class, seeds.minh());
			Person son = em.find(Person.class, seeds.son());
			Resolution nq26 = em.find(Resolution.class, seeds.nq26());
			Resolution kl21 = em.find(Resolution.class, seeds.kl21());
			int first = em.createQuery("select count(a) from Article a", Long.class).getSingleResult().intValue();
			for (int i = first; i < first + count; i++) {
				Person extra = w.person("Nguyễn Văn Thử " + i, "Thử " + i);
				Article article = w.article(article("Bài thử số " + i + " về công tác Đảng")
					.published(LocalDateTime.of(2015 + i % 10, 1 + i % 12, 1 + i % 28, 8, 0), DatePrecision.MINUTE,
							false)
					.source((i % 2 == 0) ? "TGVN" : "VGP")
					.author("Phóng viên " + i)
					.caption("Ảnh minh họa " + i, "Tác giả " + i)
					.related("Bài thử số " + (i + 1) + " về công tác Đảng", "Tin không có trong kho " + i)
					.paragraphs("Đồng chí Phạm Bình Minh và đồng chí Nguyễn Văn Thử " + i + " bàn về 26-NQ/TW.",
							"Đồng chí Bùi Thanh Sơn nhắc lại Kết luận 21."));
				w.mention(article, minh, "Phó Thủ tướng", 0);
				w.mention(article, son, "Bộ trưởng", 1);
				w.mention(article, extra, "Vụ trưởng", 2);
				w.cite(article, nq26, kl21);
				w.position(extra, "Vụ trưởng " + i, article, LocalDate.of(2015 + i % 10, 1, 1), DatePrecision.YEAR,
						true);
				Meeting meeting = w.meeting(article, "Hội nghị", "Hội nghị thử " + i, LocalDate.of(2015 + i % 10, 2, 1),
						"Hà Nội");
				meeting.getResolutions().add(nq26);
				w.participant(meeting, minh, ParticipantRole.CHAIR);
				w.participant(meeting, son, ParticipantRole.PARTICIPANT);
				w.participant(meeting, extra, ParticipantRole.PARTICIPANT);
			}
			return null;
		});
	}

}

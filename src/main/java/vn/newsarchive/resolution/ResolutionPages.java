package vn.newsarchive.resolution;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.newsarchive.article.ArticleRepository;
import vn.newsarchive.article.ArticleSummary;
import vn.newsarchive.meeting.MeetingRepository;
import vn.newsarchive.system.Charts;
import vn.newsarchive.system.NotFoundException;

/**
 * Loads one document page in four queries: the document, citing articles, meetings,
 * namesakes.
 */
@Component
@Transactional(readOnly = true)
class ResolutionPages {

	private final ResolutionRepository resolutions;

	private final ArticleRepository articles;

	private final MeetingRepository meetings;

	ResolutionPages(ResolutionRepository resolutions, ArticleRepository articles, MeetingRepository meetings) {
		this.resolutions = resolutions;
		this.articles = articles;
		this.meetings = meetings;
	}

	ResolutionView load(long id) {
		Resolution resolution = this.resolutions.findById(id)
			.orElseThrow(() -> new NotFoundException("Resolution", id));
		List<ArticleSummary> citing = this.articles.findCiting(id);
		Map<Integer, Long> perYear = new TreeMap<>();
		citing.stream()
			.filter((a) -> a.publishedAt() != null)
			.forEach((a) -> perYear.merge(a.publishedAt().getYear(), 1L, Long::sum));
		List<Resolution> sameCode = (resolution.getCode() != null)
				? this.resolutions.findByCodeAndIdNotOrderByIssuedOnDesc(resolution.getCode(), id) : List.of();
		return new ResolutionView(resolution, citing, Charts.perYear(perYear), this.meetings.findDiscussing(id),
				sameCode);
	}

}

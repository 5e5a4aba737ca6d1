package vn.newsarchive.resolution;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.newsarchive.system.ArchiveTallies;
import vn.newsarchive.system.ArchiveTallies.Kind;
import vn.newsarchive.system.ArticlesOverTime;
import vn.newsarchive.system.AttentionChart;
import vn.newsarchive.system.NotFoundException;

/**
 * Loads one document page in five queries, each reading a bounded number of index
 * entries: the document, its counts (tallies), a page of citing articles, a page of
 * meetings, namesakes; and the citing articles per month from the search index.
 */
@Component
@Transactional(readOnly = true)
class ResolutionPages {

	static final int ARTICLES = 20;

	static final int MEETINGS = 20;

	private final ResolutionRepository resolutions;

	private final ResolutionLists lists;

	private final EntityManager em;

	private final ArticlesOverTime overTime;

	ResolutionPages(ResolutionRepository resolutions, ResolutionLists lists, EntityManager em,
			ArticlesOverTime overTime) {
		this.resolutions = resolutions;
		this.lists = lists;
		this.em = em;
		this.overTime = overTime;
	}

	ResolutionView load(long id, int articlePage, int meetingPage) {
		Resolution resolution = this.resolutions.findById(id)
			.orElseThrow(() -> new NotFoundException("Resolution", id));
		Map<Kind, Long> counts = ArchiveTallies.counts(this.em, id, Kind.CITATIONS, Kind.DISCUSSED);
		List<Resolution> sameCode = (resolution.getCode() != null)
				? this.resolutions.findByCodeAndIdNotOrderByIssuedOnDesc(resolution.getCode(), id) : List.of();
		return new ResolutionView(resolution,
				this.lists.citing(id, PageRequest.of(articlePage, ARTICLES), counts.get(Kind.CITATIONS)),
				this.overTime.citing(id)
					.map((months) -> AttentionChart.of(months, "/api/v1/documents/" + id + "/months.csv"))
					.orElse(null),
				this.lists.meetings(id, PageRequest.of(meetingPage, MEETINGS), counts.get(Kind.DISCUSSED)), sameCode);
	}

}

package vn.newsarchive.resolution;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.newsarchive.system.ArchiveTallies;
import vn.newsarchive.system.ArchiveTallies.Kind;
import vn.newsarchive.system.Charts;
import vn.newsarchive.system.NotFoundException;

/**
 * Loads one document page in six queries, each reading a bounded number of index entries
 * (the chart: one entry per citing article, from the index alone): the document, its
 * counts (tallies), a page of citing articles, the citations per year, a page of
 * meetings, namesakes.
 */
@Component
@Transactional(readOnly = true)
class ResolutionPages {

	static final int ARTICLES = 20;

	static final int MEETINGS = 20;

	private final ResolutionRepository resolutions;

	private final ResolutionLists lists;

	private final EntityManager em;

	ResolutionPages(ResolutionRepository resolutions, ResolutionLists lists, EntityManager em) {
		this.resolutions = resolutions;
		this.lists = lists;
		this.em = em;
	}

	ResolutionView load(long id, int articlePage, int meetingPage) {
		Resolution resolution = this.resolutions.findById(id)
			.orElseThrow(() -> new NotFoundException("Resolution", id));
		Map<Kind, Long> counts = ArchiveTallies.counts(this.em, id, Kind.CITATIONS, Kind.DISCUSSED);
		List<Resolution> sameCode = (resolution.getCode() != null)
				? this.resolutions.findByCodeAndIdNotOrderByIssuedOnDesc(resolution.getCode(), id) : List.of();
		return new ResolutionView(resolution,
				this.lists.citing(id, PageRequest.of(articlePage, ARTICLES), counts.get(Kind.CITATIONS)),
				Charts.perYear(this.lists.citingPerYear(id)),
				this.lists.meetings(id, PageRequest.of(meetingPage, MEETINGS), counts.get(Kind.DISCUSSED)), sameCode);
	}

}

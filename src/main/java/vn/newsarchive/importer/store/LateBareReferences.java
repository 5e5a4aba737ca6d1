package vn.newsarchive.importer.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

import vn.newsarchive.article.Article;
import vn.newsarchive.importer.model.DocumentReference;
import vn.newsarchive.meeting.Meeting;
import vn.newsarchive.resolution.Resolution;
import vn.newsarchive.resolution.ResolutionRepository;

/**
 * Bare references ("Kết luận 21") stored before the coded document they name: when that
 * document arrives, each article citing the bare one, and each meeting discussing it, is
 * linked to it instead if it is now the only plausible candidate for the article's date
 * (the rule of {@link BareReferences}, as at import). A bare record nothing cites any
 * more is removed, so it leaves the review queue; one that still fits several stays. Only
 * bare records of the same kind and number are read, and only when a coded document is
 * new to the archive, so the cost does not grow with the archive.
 */
@Component
class LateBareReferences {

	private final EntityManager entityManager;

	private final ResolutionRepository resolutions;

	LateBareReferences(EntityManager entityManager, ResolutionRepository resolutions) {
		this.entityManager = entityManager;
		this.resolutions = resolutions;
	}

	/** Links the earlier bare references that {@code coded}, new, now resolves. */
	void relink(Resolution coded) {
		// the queries below must see this article's own links: an import's session does
		// not flush before queries (ArticleWriter#write). Through the repository, so that
		// a concurrency failure is translated and the article retried
		this.resolutions.flush();
		List<Resolution> bare = this.entityManager
			.createQuery("select r from Resolution r where r.kind = :kind and r.number = :number and r.code is null"
					+ " order by r.id", Resolution.class)
			.setParameter("kind", coded.getKind())
			.setParameter("number", coded.getNumber())
			.getResultList();
		if (bare.isEmpty()) {
			return;
		}
		List<Resolution> candidates = this.resolutions.findByKindAndNumberAndCodeNotNull(coded.getKind(),
				coded.getNumber());
		for (Resolution reference : bare) {
			relink(reference, coded, candidates);
		}
	}

	private void relink(Resolution bare, Resolution coded, List<Resolution> candidates) {
		DocumentReference reference = new DocumentReference(null, bare.getKind(), bare.getNumber(), bare.getIssuer(),
				bare.getIssuedOn(), bare.getTerm(), null, null);
		boolean stillCited = false;
		for (Article article : citing(bare)) {
			if (names(candidates, reference, article.getPublishedAt(), coded)) {
				article.getResolutions().remove(bare);
				article.getResolutions().add(coded);
			}
			else {
				stillCited = true;
			}
		}
		for (Meeting meeting : discussing(bare)) {
			if (names(candidates, reference, meeting.getArticle().getPublishedAt(), coded)) {
				meeting.getResolutions().remove(bare);
				meeting.getResolutions().add(coded);
			}
			else {
				stillCited = true;
			}
		}
		if (!stillCited) {
			this.entityManager.remove(bare);
		}
	}

	private static boolean names(List<Resolution> candidates, DocumentReference reference, LocalDateTime publishedAt,
			Resolution coded) {
		LocalDate publishedOn = (publishedAt != null) ? publishedAt.toLocalDate() : null;
		return BareReferences.pick(candidates, reference, publishedOn)
			.filter((r) -> r.getId().equals(coded.getId()))
			.isPresent();
	}

	private List<Article> citing(Resolution bare) {
		return this.entityManager
			.createQuery("select distinct a from Article a join a.resolutions r where r = :bare order by a.id",
					Article.class)
			.setParameter("bare", bare)
			.getResultList();
	}

	private List<Meeting> discussing(Resolution bare) {
		return this.entityManager
			.createQuery("select distinct m from Meeting m join fetch m.article join m.resolutions r"
					+ " where r = :bare order by m.id", Meeting.class)
			.setParameter("bare", bare)
			.getResultList();
	}

}

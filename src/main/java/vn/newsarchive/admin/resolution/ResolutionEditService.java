package vn.newsarchive.admin.resolution;

import java.util.Objects;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.newsarchive.admin.EditorText;
import vn.newsarchive.admin.RecordNotFoundException;
import vn.newsarchive.admin.Versions;
import vn.newsarchive.resolution.Resolution;
import vn.newsarchive.resolution.ResolutionRepository;
import vn.newsarchive.system.Pager;

/**
 * The rules for editing documents: numbers restart each term, so two documents may share
 * a code, but never kind + number + issuer + term + date (uk_resolution_identity).
 */
@Service
class ResolutionEditService {

	private static final int PAGE_SIZE = 30;

	private final ResolutionRepository resolutions;

	private final ResolutionAdminRepository queries;

	ResolutionEditService(ResolutionRepository resolutions, ResolutionAdminRepository queries) {
		this.resolutions = resolutions;
		this.queries = queries;
	}

	@Transactional(readOnly = true)
	Page<Resolution> list(String text, int page) {
		PageRequest request = PageRequest.of(Pager.safe(page), PAGE_SIZE,
				Sort.by(Sort.Order.desc("issuedOn").nullsLast(), Sort.Order.asc("id")));
		if (text == null || text.isBlank()) {
			return this.queries.findAll(request);
		}
		String q = text.strip();
		return this.queries.findByCodeContainingIgnoreCaseOrTitleContainingIgnoreCaseOrKindContainingIgnoreCase(q, q, q,
				request);
	}

	@Transactional(readOnly = true)
	Resolution get(long id) {
		return this.resolutions.findById(id).orElseThrow(() -> new RecordNotFoundException("document", id));
	}

	@Transactional(readOnly = true)
	ResolutionForm formFor(long id) {
		return ResolutionFormAdapter.toForm(get(id));
	}

	@Transactional
	Resolution create(ResolutionForm form) {
		refuseSameIdentity(form, null);
		return save(ResolutionFormAdapter.newResolution(form));
	}

	@Transactional
	Resolution update(long id, ResolutionForm form) {
		Resolution resolution = get(id);
		Versions.check(resolution, form.getVersion());
		refuseSameIdentity(form, id);
		ResolutionFormAdapter.apply(form, resolution);
		return save(resolution);
	}

	/** Checked before the entity changes: a query would flush the change first. */
	private void refuseSameIdentity(ResolutionForm form, Long editedId) {
		String kind = EditorText.clean(form.getKind());
		String term = EditorText.clean(form.getTerm());
		this.resolutions
			.findByKindAndNumberAndIssuer(kind, EditorText.clean(form.getNumber()), EditorText.clean(form.getIssuer()))
			.stream()
			.filter((other) -> !Objects.equals(other.getId(), editedId))
			.filter((other) -> Objects.equals(other.getTerm(), term))
			.filter((other) -> Objects.equals(other.getIssuedOn(), form.getIssuedOn()))
			.findFirst()
			.ifPresent((other) -> {
				throw new DuplicateResolutionException(other);
			});
	}

	private Resolution save(Resolution resolution) {
		try {
			return Versions.flushing(() -> this.resolutions.saveAndFlush(resolution));
		}
		catch (DataIntegrityViolationException ex) {
			// saved by someone else a moment ago
			throw new DuplicateResolutionException(null);
		}
	}

}

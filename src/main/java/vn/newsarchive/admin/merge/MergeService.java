package vn.newsarchive.admin.merge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.newsarchive.admin.EditorText;
import vn.newsarchive.admin.RefusedEditException;
import vn.newsarchive.admin.Versions;
import vn.newsarchive.history.MergedRecords;
import vn.newsarchive.history.MergedRecords.Merge;
import vn.newsarchive.history.RecordKind;
import vn.newsarchive.history.RevisionAction;
import vn.newsarchive.history.RevisionCapture;
import vn.newsarchive.system.AuditedEntity;

/**
 * Merges two records of a kind that are one real thing, and undoes merges: the kept
 * record gets a MERGE revision, the merged one a MERGED revision with its last state,
 * every record whose links moved an ordinary one, and the merged id is kept so that its
 * old address answers 301.
 */
@Service
class MergeService {

	/** The survivor a merge was made into, kept with what moved. */
	private static final String SURVIVOR = "survivor";

	private final Map<RecordKind, RecordMerge> merges;

	private final MergedRecords merged;

	private final EntityManager entityManager;

	MergeService(List<RecordMerge> merges, MergedRecords merged, EntityManager entityManager) {
		this.merges = merges.stream().collect(Collectors.toMap(RecordMerge::kind, Function.identity()));
		this.merged = merged;
		this.entityManager = entityManager;
	}

	RecordMerge of(RecordKind kind) {
		return this.merges.get(kind);
	}

	@Transactional(readOnly = true)
	List<RecordMerge.Candidate> candidates(RecordKind kind, long keptId, String text) {
		String query = EditorText.clean(text);
		if (query == null) {
			return List.of();
		}
		return of(kind).candidates(query).stream().filter((candidate) -> candidate.id() != keptId).toList();
	}

	@Transactional(readOnly = true)
	MergePage page(RecordKind kind, long keptId, Long otherId) {
		RecordMerge merge = of(kind);
		AuditedEntity kept = merge.get(keptId);
		if (otherId == null) {
			return new MergePage(kept.getId(), merge.label(kept), kept.getVersion(), null, null, List.of());
		}
		AuditedEntity other = merge.get(otherId);
		return new MergePage(kept.getId(), merge.label(kept), kept.getVersion(), other.getId(), merge.label(other),
				merge.plan(kept, other));
	}

	@Transactional
	String merge(RecordKind kind, long keptId, Long keptVersion, long otherId) {
		if (keptId == otherId) {
			throw new IllegalArgumentException("a record cannot be merged with itself");
		}
		RecordMerge merge = of(kind);
		AuditedEntity kept = merge.get(keptId);
		Versions.check(kept, keptVersion);
		AuditedEntity other = merge.get(otherId);
		String label = merge.label(other) + " → " + merge.label(kept);
		RevisionCapture.note(this.entityManager, kept, RevisionAction.MERGE, String.valueOf(otherId));
		RevisionCapture.noteRemoval(this.entityManager, other, RevisionAction.MERGED, String.valueOf(keptId));
		Map<String, Object> moved = new LinkedHashMap<>(merge.merge(kept, other));
		moved.put(SURVIVOR, keptId);
		Versions.flushing(() -> {
			this.entityManager.flush();
			return null;
		});
		this.merged.record(kind, otherId, keptId, moved);
		return label;
	}

	/**
	 * @return the label of the record brought back
	 */
	@Transactional
	String undo(RecordKind kind, long mergedId) {
		RecordMerge merge = of(kind);
		Merge done = this.merged.find(kind, mergedId)
			.orElseThrow(() -> new RefusedEditException("merge.undo.refused", null));
		// a survivor merged on into a third record holds links the undo cannot sort out
		AuditedEntity survivor = this.entityManager.find(merge.entityClass(), done.survivorId());
		if (survivor == null || ((Number) done.moved().get(SURVIVOR)).longValue() != done.survivorId()) {
			throw new RefusedEditException("merge.undo.refused", null);
		}
		try {
			AuditedEntity back = merge.undo(done, survivor);
			RevisionCapture.note(this.entityManager, back, RevisionAction.UNMERGE, String.valueOf(done.survivorId()));
			RevisionCapture.note(this.entityManager, survivor, RevisionAction.UNMERGE, String.valueOf(mergedId));
			this.entityManager.flush();
			this.merged.forget(kind, mergedId);
			return merge.label(back);
		}
		catch (DataIntegrityViolationException | jakarta.persistence.PersistenceException ex) {
			throw new RefusedEditException("merge.undo.refused", null);
		}
	}

	/** What the merge pages show: the kept record, the other one and what would move. */
	record MergePage(long keptId, String keptLabel, long keptVersion, Long otherId, String otherLabel,
			List<RecordMerge.MovedGroup> groups) {

	}

}

package vn.newsarchive.system;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One tally row kept by the database's triggers (see {@link ArchiveTallies}), mapped so
 * that JPQL queries can join a record to its count: read-only.
 */
@Entity
@Immutable
@Table(name = "archive_tally")
@IdClass(ArchiveTally.Key.class)
public class ArchiveTally {

	/** The kind and the record counted. */
	public record Key(String kind, Long recordId) implements Serializable {
	}

	@Id
	@Column(name = "kind")
	private String kind;

	@Id
	@Column(name = "key")
	private Long recordId;

	@Column(name = "n")
	private long total;

	protected ArchiveTally() {
	}

	public String getKind() {
		return this.kind;
	}

	public Long getRecordId() {
		return this.recordId;
	}

	public long getTotal() {
		return this.total;
	}

}

package vn.newsarchive.home;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.newsarchive.system.NativeRows;
import vn.newsarchive.system.Permalinks;
import vn.newsarchive.system.Slugs;

/**
 * The records a sitemap lists, a range of ids at a time (read from the primary key), so
 * that no sitemap file grows with the archive.
 */
@Component
@Transactional(readOnly = true)
class SitemapEntries {

	/** Ids per sitemap file: about 130 KB of XML. */
	static final int CHUNK = 1000;

	/** A kind of record with a permalink: its sitemap name, table and title column. */
	enum Kind {

		ARTICLES("bai-viet", Permalinks.ARTICLE, "article", "title"),
		PERSONS("nhan-vat", Permalinks.PERSON, "person", "name"),
		RESOLUTIONS("van-kien", Permalinks.RESOLUTION, "resolution", "coalesce(code, kind)"),
		MEETINGS("su-kien", Permalinks.MEETING, "meeting", "coalesce(title, delegation, kind)");

		final String name;

		final String prefix;

		final String table;

		final String title;

		Kind(String name, String prefix, String table, String title) {
			this.name = name;
			this.prefix = prefix;
			this.table = table;
			this.title = title;
		}

		static Optional<Kind> named(String name) {
			return Arrays.stream(values()).filter((kind) -> kind.name.equals(name)).findFirst();
		}

	}

	/** One address of the sitemap and when its record last changed. */
	record Entry(String path, Instant updatedAt) {
	}

	private final EntityManager em;

	SitemapEntries(EntityManager em) {
		this.em = em;
	}

	/** How many files the kind takes: its highest id over {@link #CHUNK}, rounded up. */
	int chunks(Kind kind) {
		Object max = this.em.createNativeQuery("select max(id) from " + kind.table).getSingleResult();
		return (max != null) ? (int) ((NativeRows.count(max) + CHUNK - 1) / CHUNK) : 0;
	}

	@SuppressWarnings("unchecked")
	List<Entry> chunk(Kind kind, int chunk) {
		List<Object[]> rows = this.em
			.createNativeQuery("select id, slug, " + kind.title + ", updated_at from " + kind.table
					+ " where id > :from and id <= :to order by id")
			.setParameter("from", (long) chunk * CHUNK)
			.setParameter("to", (long) (chunk + 1) * CHUNK)
			.getResultList();
		return rows.stream()
			.map((r) -> new Entry(
					Permalinks.of(kind.prefix, NativeRows.id(r[0]), Slugs.canonical((String) r[1], (String) r[2])),
					instant(r[3])))
			.toList();
	}

	private static Instant instant(Object value) {
		if (value instanceof OffsetDateTime at) {
			return at.toInstant();
		}
		if (value instanceof java.sql.Timestamp at) {
			return at.toInstant();
		}
		return (Instant) value;
	}

}

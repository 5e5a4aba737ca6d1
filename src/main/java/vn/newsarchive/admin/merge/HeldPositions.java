package vn.newsarchive.admin.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import vn.newsarchive.article.Article;
import vn.newsarchive.kernel.DatePrecision;
import vn.newsarchive.person.Person;
import vn.newsarchive.person.PositionHeld;

/**
 * The positions a person held (a title, as of a date, read from an article), moved to
 * another person by a merge and moved back by its undo. A position the kept person
 * already holds from the same article gives way, and its data is kept for the undo;
 * otherwise the row moves and only its id is kept.
 */
@Component
class HeldPositions {

	private final EntityManager entityManager;

	HeldPositions(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	List<PositionHeld> of(Person person) {
		return this.entityManager
			.createQuery("select p from PositionHeld p left join fetch p.article where p.person = :person"
					+ " order by p.asOf asc nulls last, p.id", PositionHeld.class)
			.setParameter("person", person)
			.getResultList();
	}

	/** One title from one article: two rows with the same key are one position. */
	static String key(PositionHeld position) {
		return position.getTitle() + "\u0000" + ((position.getArticle() != null) ? position.getArticle().getId() : "");
	}

	List<Map<String, Object>> move(Person from, Person to) {
		Set<String> held = new HashSet<>();
		of(to).forEach((p) -> held.add(key(p)));
		List<Map<String, Object>> rows = new ArrayList<>();
		for (PositionHeld position : of(from)) {
			if (held.add(key(position))) {
				position.setPerson(to);
				rows.add(Map.of("moved", position.getId()));
				continue;
			}
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("title", position.getTitle());
			row.put("asOf", MovedLinks.text(position.getAsOf()));
			row.put("precision", MovedLinks.text(position.getAsOfPrecision()));
			row.put("inferred", position.isAsOfInferred());
			row.put("article", (position.getArticle() != null) ? position.getArticle().getId() : null);
			rows.add(row);
			this.entityManager.remove(position);
		}
		return rows;
	}

	void restore(List<Map<String, Object>> rows, Person back) {
		for (Map<String, Object> row : rows) {
			if (row.containsKey("moved")) {
				PositionHeld position = this.entityManager.find(PositionHeld.class, MovedLinks.id(row, "moved"));
				if (position != null) {
					position.setPerson(back);
				}
				continue;
			}
			Long articleId = MovedLinks.id(row, "article");
			Article article = (articleId != null) ? this.entityManager.find(Article.class, articleId) : null;
			PositionHeld position = new PositionHeld(back, (String) row.get("title"), article);
			if (row.get("asOf") != null) {
				position.setAsOf(LocalDate.parse((String) row.get("asOf")),
						DatePrecision.valueOf((String) row.get("precision")), Boolean.TRUE.equals(row.get("inferred")));
			}
			this.entityManager.persist(position);
		}
	}

}

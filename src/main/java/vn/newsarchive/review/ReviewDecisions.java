package vn.newsarchive.review;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Editors' decisions about queue items, one per item (the latest stands). */
@Component
public class ReviewDecisions {

	/**
	 * SQL: no decision yet about the item whose subject is the expression (sources add it
	 * to their WHERE clause).
	 */
	static String undecided(String source, String subjectExpression) {
		return " not exists (select 1 from review_decision d where d.source = '" + source + "' and d.subject = "
				+ subjectExpression + ")";
	}

	private final JdbcTemplate jdbc;

	ReviewDecisions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public void decide(String source, String subject, ReviewDecision decision, String editor) {
		this.jdbc.update(
				"insert into review_decision (source, subject, decision, decided_by) values (?, ?, ?, ?)"
						+ " on conflict (source, subject) do update set decision = excluded.decision,"
						+ " decided_by = excluded.decided_by, decided_at = now()",
				source, subject, decision.name(), editor);
	}

}

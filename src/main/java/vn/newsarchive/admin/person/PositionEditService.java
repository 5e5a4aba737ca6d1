package vn.newsarchive.admin.person;

import java.util.Objects;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.newsarchive.admin.RefusedEditException;
import vn.newsarchive.admin.DateInput;
import vn.newsarchive.admin.DateValue;
import vn.newsarchive.admin.EditorText;
import vn.newsarchive.admin.PositionDates;
import vn.newsarchive.admin.RecordNotFoundException;
import vn.newsarchive.admin.Versions;
import vn.newsarchive.article.Article;
import vn.newsarchive.article.ArticleRepository;
import vn.newsarchive.person.Person;
import vn.newsarchive.person.PersonRepository;
import vn.newsarchive.person.PositionHeld;
import vn.newsarchive.person.PositionHeldRepository;

/**
 * The rules for a person's positions: a source article must exist, and a person holds a
 * title from one article once (uk_position_held).
 */
@Service
class PositionEditService {

	private final PersonRepository persons;

	private final PositionHeldRepository positions;

	private final ArticleRepository articles;

	PositionEditService(PersonRepository persons, PositionHeldRepository positions, ArticleRepository articles) {
		this.persons = persons;
		this.positions = positions;
		this.articles = articles;
	}

	@Transactional(readOnly = true)
	PositionForm formFor(long personId, long positionId) {
		PositionHeld position = get(personId, positionId);
		PositionForm form = new PositionForm();
		form.setTitle(position.getTitle());
		form.setAsOf(DateInput.of((position.getAsOf() != null) ? position.getAsOf().atStartOfDay() : null,
				position.getAsOfPrecision(), position.isAsOfInferred()));
		form.setArticleId((position.getArticle() != null) ? position.getArticle().getId() : null);
		form.setVersion(position.getVersion());
		return form;
	}

	@Transactional
	PositionHeld create(long personId, PositionForm form) {
		Person person = this.persons.findById(personId)
			.orElseThrow(() -> new RecordNotFoundException("person", personId));
		Article article = article(form);
		refuseTwice(person, EditorText.clean(form.getTitle()), article, null);
		PositionHeld position = new PositionHeld(person, EditorText.clean(form.getTitle()), article);
		setDate(position, form);
		return save(position);
	}

	@Transactional
	PositionHeld update(long personId, long positionId, PositionForm form) {
		PositionHeld position = get(personId, positionId);
		Versions.check(position, form.getVersion());
		Article article = article(form);
		refuseTwice(position.getPerson(), EditorText.clean(form.getTitle()), article, positionId);
		position.setTitle(EditorText.clean(form.getTitle()));
		position.setArticle(article);
		setDate(position, form);
		return save(position);
	}

	@Transactional
	void delete(long personId, long positionId, Long version) {
		PositionHeld position = get(personId, positionId);
		Versions.check(position, version);
		this.positions.delete(position);
		Versions.flushing(() -> {
			this.positions.flush();
			return null;
		});
	}

	private PositionHeld get(long personId, long positionId) {
		return this.positions.findById(positionId)
			.filter((position) -> position.getPerson().getId() == personId)
			.orElseThrow(() -> new RecordNotFoundException("position", positionId));
	}

	private Article article(PositionForm form) {
		if (form.getArticleId() == null) {
			return null;
		}
		return this.articles.findById(form.getArticleId())
			.orElseThrow(() -> new RefusedEditException("admin.position.article.unknown", "articleId"));
	}

	private void refuseTwice(Person person, String title, Article article, Long editedId) {
		boolean taken = person.getPositions()
			.stream()
			.filter((other) -> !Objects.equals(other.getId(), editedId))
			.anyMatch((other) -> other.getTitle().equals(title)
					&& Objects.equals(idOf(other.getArticle()), idOf(article)));
		if (taken) {
			throw new RefusedEditException("admin.position.duplicate", "title");
		}
	}

	private static Long idOf(Article article) {
		return (article != null) ? article.getId() : null;
	}

	/** As typed; with no date typed, as of the backing article's event or publication. */
	private static void setDate(PositionHeld position, PositionForm form) {
		DateValue asOf = form.getAsOf().toValue();
		if (asOf != null) {
			position.setAsOf(asOf.startDate(), asOf.precision(), asOf.inferred());
		}
		else if (position.getArticle() != null) {
			PositionDates.fromArticle(position, position.getArticle());
		}
		else {
			position.setAsOf(null, null, false);
		}
	}

	private PositionHeld save(PositionHeld position) {
		try {
			return Versions.flushing(() -> this.positions.saveAndFlush(position));
		}
		catch (DataIntegrityViolationException ex) {
			throw new RefusedEditException("admin.position.duplicate", "title");
		}
	}

}

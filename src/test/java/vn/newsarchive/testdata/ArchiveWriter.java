package vn.newsarchive.testdata;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import vn.newsarchive.article.Article;
import vn.newsarchive.article.ArticlePerson;
import vn.newsarchive.kernel.DatePrecision;
import vn.newsarchive.meeting.Meeting;
import vn.newsarchive.meeting.MeetingParticipant;
import vn.newsarchive.meeting.ParticipantRole;
import vn.newsarchive.person.Person;
import vn.newsarchive.person.PositionHeld;
import vn.newsarchive.resolution.Resolution;
import vn.newsarchive.system.Slugs;

/** Persists linked records the way the importer does, inside one open transaction. */
public final class ArchiveWriter {

	private final EntityManager em;

	public ArchiveWriter(EntityManager em) {
		this.em = em;
	}

	public Article article(ArticleBuilder builder) {
		Article article = builder.build();
		this.em.persist(article);
		return article;
	}

	public Person person(String name, String... aliases) {
		Person person = new Person(name, name.toLowerCase(Locale.ROOT), Slugs.of(name));
		person.getAliases().addAll(List.of(aliases));
		this.em.persist(person);
		return person;
	}

	/** Also on the article itself, which is what the search index reads. */
	public void mention(Article article, Person person, String titles, int order) {
		ArticlePerson mention = new ArticlePerson(article, person, titles, order);
		this.em.persist(mention);
		article.getPersons().add(mention);
	}

	public PositionHeld position(Person person, String title, Article article, LocalDate asOf, DatePrecision precision,
			boolean inferred) {
		PositionHeld position = new PositionHeld(person, title, article);
		position.setAsOf(asOf, precision, inferred);
		this.em.persist(position);
		return position;
	}

	public Resolution resolution(String kind, String typeCode, String number, String issuer, String term,
			LocalDate issuedOn, String title) {
		String code = (typeCode != null) ? number + "-" + typeCode + "/" + issuer : null;
		Resolution resolution = new Resolution(kind, typeCode, number, issuer, code);
		resolution.setTerm(term);
		resolution.setIssuedOn(issuedOn);
		resolution.setTitle(title);
		resolution
			.setSlug(Slugs.of(kind + " " + ((code != null) ? code : number) + ((term != null) ? " khoa " + term : "")));
		this.em.persist(resolution);
		return resolution;
	}

	public void cite(Article article, Resolution... resolutions) {
		article.getResolutions().addAll(List.of(resolutions));
	}

	public Meeting meeting(Article article, String kind, String title, LocalDate heldOn, String place) {
		Meeting meeting = new Meeting(article, kind, title);
		meeting.setHeld(heldOn, DatePrecision.DAY, true);
		meeting.setPlace(place);
		meeting.setSlug(Slugs.of((title != null) ? title : kind));
		this.em.persist(meeting);
		return meeting;
	}

	public void participant(Meeting meeting, Person person, ParticipantRole role) {
		this.em.persist(new MeetingParticipant(meeting, person, role));
	}

}

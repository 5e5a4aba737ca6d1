package vn.newsarchive.admin.person;

import java.util.List;
import java.util.Objects;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.newsarchive.admin.EditorText;
import vn.newsarchive.admin.RecordNotFoundException;
import vn.newsarchive.admin.Versions;
import vn.newsarchive.kernel.VietnameseText;
import vn.newsarchive.person.Person;
import vn.newsarchive.person.PersonRepository;
import vn.newsarchive.system.Pager;
import vn.newsarchive.system.Slugs;

/**
 * The rules for correcting a person's name: the name key the importer resolves names by
 * follows the name, and may not become another person's (that calls for a merge).
 */
@Service
class PersonEditService {

	private static final int PAGE_SIZE = 30;

	private final PersonRepository persons;

	private final PersonAdminRepository queries;

	PersonEditService(PersonRepository persons, PersonAdminRepository queries) {
		this.persons = persons;
		this.queries = queries;
	}

	@Transactional(readOnly = true)
	Page<Person> list(String text, int page) {
		PageRequest request = PageRequest.of(Pager.safe(page), PAGE_SIZE, Sort.by("name", "id"));
		return (text == null || text.isBlank()) ? this.queries.findAll(request)
				: this.queries.findByNameContainingIgnoreCase(EditorText.clean(text), request);
	}

	@Transactional(readOnly = true)
	Person get(long id) {
		return this.persons.findById(id).orElseThrow(() -> new RecordNotFoundException("person", id));
	}

	@Transactional(readOnly = true)
	PersonForm formFor(long id) {
		Person person = get(id);
		PersonForm form = new PersonForm();
		form.setName(person.getName());
		form.setAliases(EditorText.joinLines(List.copyOf(person.getAliases())));
		form.setVersion(person.getVersion());
		return form;
	}

	@Transactional(readOnly = true)
	List<PositionRow> positionsOf(long id) {
		return this.queries.positionsOf(get(id)).stream().map(PositionRow::of).toList();
	}

	@Transactional(readOnly = true)
	int mentionCount(long id) {
		return this.queries.mentionsOf(get(id)).size();
	}

	@Transactional
	Person update(long id, PersonForm form) {
		Person person = get(id);
		Versions.check(person, form.getVersion());
		String name = EditorText.clean(form.getName());
		String key = VietnameseText.personKey(name);
		this.queries.findByNameKey(key).filter((other) -> !Objects.equals(other.getId(), id)).ifPresent((other) -> {
			throw new PersonNameTakenException(other);
		});
		person.setName(name);
		person.setNameKey(key);
		person.setSlug(Slugs.of(name));
		person.getAliases().clear();
		EditorText.lines(form.getAliases())
			.stream()
			.filter((alias) -> !alias.equals(name))
			.forEach(person.getAliases()::add);
		return Versions.flushing(() -> this.persons.saveAndFlush(person));
	}

}

package vn.newsarchive.admin.person;

import vn.newsarchive.admin.RefusedEditException;
import vn.newsarchive.person.Person;

/**
 * Another person already has this name (the same name key): they are probably one person,
 * to be merged rather than renamed into each other.
 */
class PersonNameTakenException extends RefusedEditException {

	PersonNameTakenException(Person other) {
		super("admin.person.name.taken", "name", other.getId(), other.getName());
	}

}

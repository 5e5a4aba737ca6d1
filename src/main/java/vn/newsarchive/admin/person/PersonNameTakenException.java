package vn.newsarchive.admin.person;

import vn.newsarchive.person.Person;

/**
 * Another person already has this name (the same name key): they are probably one person,
 * to be merged rather than renamed into each other.
 */
class PersonNameTakenException extends RuntimeException {

	private final long otherId;

	private final String otherName;

	PersonNameTakenException(Person other) {
		super("another person already has this name");
		this.otherId = other.getId();
		this.otherName = other.getName();
	}

	long getOtherId() {
		return this.otherId;
	}

	String getOtherName() {
		return this.otherName;
	}

}

package vn.newsarchive.api;

/** The data API was asked for a record the archive does not hold. */
class ApiRecordNotFoundException extends RuntimeException {

	private final String kind;

	private final long id;

	ApiRecordNotFoundException(String kind, long id) {
		super(kind + " " + id);
		this.kind = kind;
		this.id = id;
	}

	String kind() {
		return this.kind;
	}

	long id() {
		return this.id;
	}

}

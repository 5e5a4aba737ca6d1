package vn.newsarchive.api;

/** The data API was asked for a record the archive does not hold. */
class ApiRecordNotFoundException extends RuntimeException {

	ApiRecordNotFoundException(String kind, long id) {
		super(kind + " " + id);
	}

}

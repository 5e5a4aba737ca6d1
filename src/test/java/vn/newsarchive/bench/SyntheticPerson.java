package vn.newsarchive.bench;

import java.util.List;

/**
 * A person of the synthetic corpus and the title chain articles give them (each article
 * quotes one to all of its titles).
 */
record SyntheticPerson(long id, String name, List<String> titles) {

}

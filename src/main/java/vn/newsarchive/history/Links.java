package vn.newsarchive.history;

import java.util.List;
import java.util.Map;

import vn.newsarchive.article.Article;
import vn.newsarchive.meeting.Meeting;
import vn.newsarchive.person.Person;

/**
 * The links of a record that its entity does not own (the other side holds the foreign
 * key): an article's mentions, a person's positions, a meeting's participants.
 */
interface Links {

	List<Map<String, Object>> mentions(Article article);

	List<Map<String, Object>> positions(Person person);

	List<Map<String, Object>> participants(Meeting meeting);

}

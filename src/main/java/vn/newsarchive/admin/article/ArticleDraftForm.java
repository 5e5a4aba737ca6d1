package vn.newsarchive.admin.article;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

/**
 * A pasted article on its way in: the raw text, and everything the importer found in it
 * as the editor corrects it. The preview page carries all of it, so a preview needs no
 * state on the server; the names and the document typed into the "add" fields join the
 * lists when the preview is refreshed or saved.
 */
public class ArticleDraftForm {

	private String raw;

	private String fileName;

	private String slugHint;

	@Valid
	private ArticleForm article = new ArticleForm();

	private List<DraftPerson> persons = new ArrayList<>();

	private List<DraftDocument> documents = new ArrayList<>();

	private List<@Valid DraftMeeting> meetings = new ArrayList<>();

	/** The lines read as noise, one per line: shown, never stored. */
	private String dropped;

	/** Summaries of other articles, one per line: shown, never stored. */
	private String teasers;

	private String addPersonName;

	private String addPersonTitles;

	private String addDocument;

	public String getRaw() {
		return this.raw;
	}

	public void setRaw(String raw) {
		this.raw = raw;
	}

	public String getFileName() {
		return this.fileName;
	}

	public void setFileName(String fileName) {
		this.fileName = fileName;
	}

	public String getSlugHint() {
		return this.slugHint;
	}

	public void setSlugHint(String slugHint) {
		this.slugHint = slugHint;
	}

	public ArticleForm getArticle() {
		return this.article;
	}

	public void setArticle(ArticleForm article) {
		this.article = article;
	}

	public List<DraftPerson> getPersons() {
		return this.persons;
	}

	public void setPersons(List<DraftPerson> persons) {
		this.persons = persons;
	}

	public List<DraftDocument> getDocuments() {
		return this.documents;
	}

	public void setDocuments(List<DraftDocument> documents) {
		this.documents = documents;
	}

	public List<DraftMeeting> getMeetings() {
		return this.meetings;
	}

	public void setMeetings(List<DraftMeeting> meetings) {
		this.meetings = meetings;
	}

	public String getDropped() {
		return this.dropped;
	}

	public void setDropped(String dropped) {
		this.dropped = dropped;
	}

	public String getTeasers() {
		return this.teasers;
	}

	public void setTeasers(String teasers) {
		this.teasers = teasers;
	}

	public String getAddPersonName() {
		return this.addPersonName;
	}

	public void setAddPersonName(String addPersonName) {
		this.addPersonName = addPersonName;
	}

	public String getAddPersonTitles() {
		return this.addPersonTitles;
	}

	public void setAddPersonTitles(String addPersonTitles) {
		this.addPersonTitles = addPersonTitles;
	}

	public String getAddDocument() {
		return this.addDocument;
	}

	public void setAddDocument(String addDocument) {
		this.addDocument = addDocument;
	}

}

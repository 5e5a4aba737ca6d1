package vn.newsarchive.importer.document;

/**
 * A document type code ("NQ") with the Vietnamese kind it stands for ("Nghị quyết") and
 * whether it is one of the party types the archive tracks as resolutions.
 */
public record DocumentType(String code, String kind, boolean resolution, boolean stateOnly) {

}

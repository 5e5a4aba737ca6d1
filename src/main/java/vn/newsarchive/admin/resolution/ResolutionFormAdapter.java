package vn.newsarchive.admin.resolution;

import vn.newsarchive.admin.EditorText;
import vn.newsarchive.resolution.Resolution;
import vn.newsarchive.system.Slugs;

/** Copies between the document form and the entity. */
final class ResolutionFormAdapter {

	private ResolutionFormAdapter() {
	}

	static ResolutionForm toForm(Resolution resolution) {
		ResolutionForm form = new ResolutionForm();
		form.setKind(resolution.getKind());
		form.setTypeCode(resolution.getTypeCode());
		form.setNumber(resolution.getNumber());
		form.setIssuer(resolution.getIssuer());
		form.setCode(resolution.getCode());
		form.setTerm(resolution.getTerm());
		form.setIssuedOn(resolution.getIssuedOn());
		form.setPlenum(resolution.getPlenum());
		form.setTitle(resolution.getTitle());
		form.setVersion(resolution.getVersion());
		return form;
	}

	static Resolution newResolution(ResolutionForm form) {
		Resolution resolution = new Resolution(EditorText.clean(form.getKind()), null, null, null, null);
		apply(form, resolution);
		return resolution;
	}

	static void apply(ResolutionForm form, Resolution resolution) {
		resolution.setKind(EditorText.clean(form.getKind()));
		resolution.setTypeCode(EditorText.clean(form.getTypeCode()));
		resolution.setNumber(EditorText.clean(form.getNumber()));
		resolution.setIssuer(EditorText.clean(form.getIssuer()));
		resolution.setCode(EditorText.clean(form.getCode()));
		resolution.setTerm(EditorText.clean(form.getTerm()));
		resolution.setIssuedOn(form.getIssuedOn());
		resolution.setPlenum(EditorText.clean(form.getPlenum()));
		resolution.setTitle(EditorText.clean(form.getTitle()));
		// as the importer names documents: code (or kind and number) and term
		resolution.setSlug(Slugs
			.of(resolution.getLabel() + ((resolution.getTerm() != null) ? " khoa " + resolution.getTerm() : "")));
	}

}

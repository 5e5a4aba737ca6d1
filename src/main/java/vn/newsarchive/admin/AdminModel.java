package vn.newsarchive.admin;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.newsarchive.kernel.DatePrecision;

/** What every admin form may offer: the precisions a date can be known to. */
@ControllerAdvice(basePackages = "vn.newsarchive.admin")
class AdminModel {

	@ModelAttribute("precisions")
	List<DatePrecision> precisions() {
		return List.of(DatePrecision.values());
	}

}

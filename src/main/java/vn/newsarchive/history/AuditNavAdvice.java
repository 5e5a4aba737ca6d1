package vn.newsarchive.history;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Whether the admin navigation offers the audit log: to admins only, who may open it. */
@ControllerAdvice(basePackages = { "vn.newsarchive.admin", "vn.newsarchive.history" })
class AuditNavAdvice {

	@ModelAttribute("mayAudit")
	boolean mayAudit(HttpServletRequest request) {
		return request.isUserInRole("ADMIN");
	}

}

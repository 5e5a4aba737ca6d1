package vn.newsarchive.browser;

import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What a page looks like in the browser, measured by script: how far it is wider than the
 * screen and what makes it so.
 */
final class PageInspection {

	private final JavascriptExecutor script;

	PageInspection(WebDriver browser) {
		this.script = (JavascriptExecutor) browser;
	}

	/**
	 * How many pixels the page is wider than the screen: the reader would have to scroll
	 * sideways. Measured against the client width, which leaves out a scroll bar.
	 */
	long overflow() {
		return ((Number) this.script
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
			.longValue();
	}

	/**
	 * Drawn bars and columns that have no width: a bar chart that shows nothing (issue
	 * 16: the "most mentioned" bars were 0 px wide on a desktop).
	 */
	long barsWithoutWidth() {
		return ((Number) this.script.executeScript("""
				return Array.from(document.querySelectorAll('.bar-svg rect, .chart rect'))
				  .filter((r) => Number(r.getAttribute('height')) > 0 && r.getAttribute('width') !== '0')
				  .filter((r) => r.getBoundingClientRect().width < 0.5).length;
				""")).longValue();
	}

	/**
	 * The addresses of this archive the page links to or shows (links, images, styles,
	 * scripts).
	 */
	@SuppressWarnings("unchecked")
	List<String> ownAddresses() {
		return (List<String>) this.script.executeScript("""
				const own = (u) => u && u.startsWith(location.origin + '/');
				return Array.from(document.querySelectorAll('a[href], img[src], link[href], script[src]'))
				  .map((e) => e.href || e.src).filter(own).map((u) => u.split('#')[0]);
				""");
	}

	/** The language switch's link to the other language. */
	String otherLanguageLink() {
		return (String) this.script.executeScript("""
				const other = document.documentElement.lang === 'en' ? 'vi' : 'en';
				const a = document.querySelector('.lang-switch a[hreflang=' + other + ']');
				return a ? a.href : null;
				""");
	}

	/**
	 * Form controls the archive's style left out or bent out of shape: a field, list or
	 * button in the browser's own small font (the report form's controls were 13 px, its
	 * message box a postage stamp), a one-line field drawn several lines tall (a flex
	 * basis that became a height: the saved search's name was 200 px), or a text box too
	 * small to write in. Hidden controls (a spam trap, a file input's own parts) are left
	 * out.
	 */
	@SuppressWarnings("unchecked")
	List<String> misshapenControls() {
		return (List<String>) this.script.executeScript(
				"""
						const shown = (e) => { const r = e.getBoundingClientRect();
						  return r.width > 2 && r.height > 2 && r.left >= 0 && getComputedStyle(e).visibility !== 'hidden'; };
						const name = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.name ? '[' + e.name + ']' : '');
						const oneLine = 'input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=file]), select:not([multiple])';
						const problems = [];
						document.querySelectorAll('main input:not([type=hidden]), main select, main textarea, main button').forEach((e) => {
						  if (!shown(e)) { return; }
						  const style = getComputedStyle(e), size = parseFloat(style.fontSize), r = e.getBoundingClientRect();
						  if (size < 14) { problems.push(name(e) + ': ' + size + ' px font'); }
						  if (e.matches(oneLine) && r.height > 3 * size) { problems.push(name(e) + ': ' + Math.round(r.height) + ' px tall'); }
						  if (e.matches('textarea') && (r.height < 3 * size || r.width < 12 * size)) {
						    problems.push(name(e) + ': ' + Math.round(r.width) + ' x ' + Math.round(r.height) + ' px'); }
						});
						return problems;
						""");
	}

	/** The height of the first element the selector finds, in CSS pixels. */
	double height(String selector) {
		return ((Number) this.script
			.executeScript("return document.querySelector(arguments[0]).getBoundingClientRect().height;", selector))
			.doubleValue();
	}

	/**
	 * Boxes that hide part of what they hold off to the side, to be scrolled into view,
	 * other than the allowed ones (a chart, an editors' table): on a phone a list must
	 * show its summaries, not keep them past the edge. Form fields scroll their own text,
	 * and boxes a few pixels wide are hidden on purpose (labels for screen readers).
	 */
	@SuppressWarnings("unchecked")
	List<String> scrolledSideways(String allowed) {
		return (List<String>) this.script.executeScript("""
				return Array.from(document.querySelectorAll('body *'))
				  .filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible'
				    && !e.matches(arguments[0]) && !e.matches('input, textarea, select') && e.clientWidth > 20)
				  .map((e) => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''));
				""", allowed);
	}

	/**
	 * The outermost elements reaching past the screen's right edge (a box that scrolls on
	 * its own, such as a wide table's, is allowed to), for the failure message.
	 */
	@SuppressWarnings("unchecked")
	List<String> widest() {
		return (List<String>) this.script.executeScript("""
				const edge = document.documentElement.clientWidth + 1;
				const past = (e) => e.getBoundingClientRect().right > edge;
				const inScroller = (e) => { for (let p = e.parentElement; p; p = p.parentElement) {
				  if (getComputedStyle(p).overflowX !== 'visible') { return true; } } return false; };
				return Array.from(document.querySelectorAll('body *'))
				  .filter((e) => past(e) && !inScroller(e) && !past(e.parentElement))
				  .slice(0, 5)
				  .map((e) => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
				    + ' (' + Math.round(e.getBoundingClientRect().width) + ' px)');
				""");
	}

}

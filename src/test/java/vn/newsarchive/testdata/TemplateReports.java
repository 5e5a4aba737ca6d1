package vn.newsarchive.testdata;

/**
 * Agency boilerplate: a report of a resolution's study session that every provincial
 * party committee publishes in the same words, only the document, the chair and the
 * bulletin number told apart.
 */
public final class TemplateReports {

	private TemplateReports() {
	}

	public static String report(String code, String chair, int bulletin) {
		return """
				Đảng ủy Khối quán triệt Nghị quyết số %s của Bộ Chính trị
				Thứ Hai, 10/03/2025 08:00 (GMT+7)
				(ĐCSVN) - Sáng 10/3, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị quán triệt Nghị quyết số %s của Bộ Chính trị về công tác xây dựng Đảng.
				Đồng chí %s, Bí thư Đảng ủy Khối các cơ quan tỉnh, chủ trì hội nghị. Dự hội nghị có các đồng chí trong Ban Thường vụ Đảng ủy Khối.
				Tại hội nghị, các đại biểu đã nghe phổ biến những nội dung cơ bản của Nghị quyết và thảo luận về kế hoạch thực hiện trong thời gian tới, theo bản tin số %d.
				Phát biểu kết luận, đồng chí %s yêu cầu các cấp ủy xây dựng chương trình hành động cụ thể.
				"""
			.formatted(code, code, chair, bulletin, chair);
	}

}

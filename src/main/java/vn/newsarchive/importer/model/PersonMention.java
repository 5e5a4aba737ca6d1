package vn.newsarchive.importer.model;

import java.util.List;

/**
 * A person the story is about, with the title chain the article gives them (in order,
 * each title one element, e.g. "Ủy viên Bộ Chính trị", "Phó Thủ tướng").
 */
public record PersonMention(String name, List<String> titles) {
}

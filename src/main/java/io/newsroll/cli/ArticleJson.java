package io.newsroll.cli;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.newsroll.core.article.Article;
import io.newsroll.core.reject.Violation;
import io.newsroll.core.roster.Roster;
import io.newsroll.core.roster.RosterMember;
import io.newsroll.core.roster.Title;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON lines that {@code newsroll extract} prints (docs/extraction.md): article
 * objects, roster objects and reject lines, with snake_case field names in a fixed order,
 * one object per line.
 */
final class ArticleJson {

	/** Publication times keep their seconds even when zero: 2019-05-21T07:39:00+08:00. */
	private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private ArticleJson() {
	}

	static String article(Article a) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", a.id());
		m.put("kind", "article");
		m.put("file", a.file());
		m.put("format", a.format());
		m.put("encoding", a.encoding());
		m.put("site", a.site());
		m.put("site_domain", a.siteDomain());
		m.put("url", a.url());
		m.put("channel", a.channel());
		m.put("series", a.series());
		m.put("title", a.title());
		m.put("authors", a.authors());
		m.put("published", published(a.published()));
		m.put("kicker", a.kicker());
		m.put("lead", a.lead());
		m.put("subheadings", a.subheadings());
		m.put("body_paragraphs", a.bodyParagraphs());
		m.put("body_chars", a.bodyChars());
		m.put("author_note", a.authorNote());
		m.put("source", a.source());
		m.put("source_publication", a.sourcePublication());
		m.put("editor", a.editor());
		m.put("lang", a.lang());
		m.put("warnings", a.warnings());
		return MAPPER.writeValueAsString(m);
	}

	static String published(OffsetDateTime published) {
		return (published != null) ? PUBLISHED.format(published) : null;
	}

	static String roster(Roster r) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("kind", "roster");
		m.put("heading", r.heading());
		m.put("as_of", (r.asOf() != null) ? r.asOf().toString() : null);
		m.put("file", r.file());
		List<Map<String, Object>> members = new ArrayList<>();
		for (RosterMember member : r.members()) {
			Map<String, Object> mm = new LinkedHashMap<>();
			mm.put("name", member.name());
			mm.put("raw_name", member.rawName());
			mm.put("titles_raw", member.titlesRaw());
			List<Map<String, Object>> titles = new ArrayList<>();
			for (Title t : member.titles()) {
				Map<String, Object> tm = new LinkedHashMap<>();
				tm.put("title", t.title());
				tm.put("concurrent", t.concurrent());
				tm.put("candidate", t.candidate());
				tm.put("organization", t.organization());
				tm.put("role", t.role());
				titles.add(tm);
			}
			mm.put("titles", titles);
			if (!member.attributes().isEmpty()) {
				// the other columns of a roster file, sorted so that the output is stable
				mm.put("attributes", new java.util.TreeMap<>(member.attributes()));
			}
			members.add(mm);
		}
		m.put("members", members);
		return MAPPER.writeValueAsString(m);
	}

	static String reject(Violation v) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("kind", "reject");
		m.put("file", v.file());
		if (v.location() != null) {
			m.put("location", v.location());
		}
		m.put("reason", v.reason().name());
		m.put("message", v.message());
		return MAPPER.writeValueAsString(m);
	}

}

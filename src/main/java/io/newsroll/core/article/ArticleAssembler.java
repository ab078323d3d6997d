package io.newsroll.core.article;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import io.newsroll.core.reject.ReasonCode;
import io.newsroll.core.reject.WarningCode;
import io.newsroll.core.text.ChineseText;

/**
 * Builds an {@link Article} from a page's lines, the same way for HTML and text dumps, in
 * stages: weigh the lines ({@link LineSet}, {@link LineWeight}); find the headline
 * ({@link HeadlineFinder}) and the body's run after it ({@link BodyLocator}); read the
 * lines around the body ({@link Margins}); clean the run into paragraphs
 * ({@link BodyCleaner}); resolve the credits ({@link Credits}), the authors
 * ({@link AuthorResolver}), the publication time ({@link PublishedResolver}) and the
 * article's identity ({@link ArticleIdentity}). Page meta data fills what the text does
 * not say.
 */
final class ArticleAssembler {

	private final ExtractionSettings settings;

	private final PublishedResolver publishedResolver;

	/**
	 * @param crawlClock the crawl's clock (dates pages print relative to the day they
	 * were shown, and no date after the crawl), or null when unknown
	 */
	ArticleAssembler(ExtractionSettings settings, Clock crawlClock) {
		this.settings = settings;
		this.publishedResolver = new PublishedResolver(settings.defaultZone(), crawlClock);
	}

	/** The article and the page's lines as text (for roster blocks). */
	record Assembled(Article article, List<String> lines) {
	}

	Assembled assemble(String file, String format, PageDecoder.Decoded decoded, PageContent content, Deadline deadline)
			throws PageProblem {
		PageMeta meta = content.meta();
		if (content.lines().isEmpty()) {
			throw new PageProblem(ReasonCode.NOT_AN_ARTICLE, "no visible text on the page");
		}
		LineSet lines = LineSet.weigh(content.lines(), deadline);
		deadline.check();
		PageTitle pageTitle = PageTitle.of(meta.pageTitle());
		Region densest = BodyLocator.densest(lines);
		int titleIndex = HeadlineFinder.find(lines, meta, pageTitle, densest);
		deadline.check();
		BodyLocator.Located located = BodyLocator.locate(lines, titleIndex, densest);
		Region region = located.region();
		if (titleIndex >= region.start()) {
			titleIndex = -1;
		}
		Margins margins = Margins.around(lines, titleIndex, region);

		List<WarningCode> warnings = new ArrayList<>();
		String title = HeadlineFinder.title(lines, titleIndex, pageTitle, meta);
		if (title != null && title.length() > this.settings.maxTitleChars()) {
			title = title.substring(0, this.settings.maxTitleChars());
			warnings.add(WarningCode.TITLE_TRUNCATED);
		}
		String titleKey = (title != null) ? PageTitle.key(title) : "";

		BodyCleaner.Cleaned cleaned = BodyCleaner.clean(lines, located, titleKey, deadline);
		Body body = cleaned.body();
		margins = margins.withByline(cleaned.bylineLines());
		Credits credits = cleaned.credits().completedFrom(margins);
		deadline.check();
		String lang = ArticleIdentity.language(body, meta);
		boolean chinese = lang.startsWith("zh");
		credits = credits.withMetaSource(meta, chinese);
		String source = chinese
				? ChineseCredits.source(credits.source(), ChineseCredits.headLines(lines, titleIndex, region, margins),
						ChineseCredits.shortLinesInRun(lines, region))
				: ChineseText.field(credits.source());
		String editor = chinese
				? ChineseCredits.editors(credits.editor(), margins, ChineseCredits.editorLinesInRun(lines, region))
				: credits.editor();

		AuthorResolver.Authors authors = AuthorResolver.resolve(lines, margins, body, titleIndex, region, meta, chinese,
				credits.editor());
		if (authors.fromEditor()) {
			warnings.add(WarningCode.AUTHOR_FROM_EDITOR);
		}
		body = body.withoutAuthorCard(authors.names());
		deadline.check();
		OffsetDateTime published = this.publishedResolver.resolve(lines, margins, titleIndex, region, meta, chinese,
				deadline);
		deadline.check();

		String url = meta.url();
		String siteDomain = ArticleIdentity.siteDomain(url, lines);
		String site = ChineseText.field((meta.siteName() != null) ? meta.siteName() : pageTitle.site());
		addIf(warnings, authors.names().isEmpty(), WarningCode.NO_AUTHOR);
		addIf(warnings, source == null, WarningCode.NO_SOURCE);
		addIf(warnings, published == null, WarningCode.NO_PUBLISHED);
		addIf(warnings, titleIndex < 0, WarningCode.TITLE_FROM_META);
		addIf(warnings, decoded.mixed(), WarningCode.MIXED_ENCODING);
		String lead = (margins.kicker() != null) ? body.paragraphs().get(0) : null;
		Article article = new Article(ArticleIdentity.id(url, site, title, published), file, format,
				decoded.charset().name(), site, siteDomain, url, ChineseText.field(pageTitle.channel()),
				margins.series(), title, authors.names(), published, margins.kicker(), lead, body.subheadings(),
				body.paragraphs(), ChineseText.field(credits.authorNote()), source,
				ChineseText.field(Bylines.publication(source)), editor, lang,
				warnings.stream().map(WarningCode::name).toList());
		return new Assembled(article, content.rawLines());
	}

	private static void addIf(List<WarningCode> warnings, boolean condition, WarningCode warning) {
		if (condition) {
			warnings.add(warning);
		}
	}

}

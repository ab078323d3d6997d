package io.newsroll.bench;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a synthetic corpus for benchmarks: N pages made from real {@link PageTemplate}s,
 * each with its titles, dates, authors and one body paragraph varied, written as HTML or
 * as a text dump, in UTF-8 (sometimes with a BOM) or GBK, some gzipped, with one
 * ground-truth JSON line per page in {@code truth.jsonl} (the shape
 * {@code newsroll evaluate --truth} reads).
 *
 * <p>
 * Pages go to {@code OUT/pages/NNNN/<id>.<ext>}, a thousand per folder; the truth id is
 * the file name without extensions, as {@code newsroll evaluate} names pages. Generation
 * streams: one page is in memory at a time, and the output is the same for the same seed.
 */
public final class CorpusGenerator {

	private static final int PAGES_PER_FOLDER = 1000;

	private static final Charset GBK = Charset.forName("GBK");

	private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

	private static final Pattern META_CHARSET = Pattern
		.compile("(?i)(<meta[^>]{0,200}?charset\\s*=\\s*[\"']?)([A-Za-z0-9_-]+)");

	private static final Pattern HEAD = Pattern.compile("(?i)<head[^>]*>");

	private static final Pattern NAME_SPLIT = Pattern
		.compile("\\s*(?:[,;/&、，；]|\\band\\b|(?<=\\p{IsHan})\\s+(?=\\p{IsHan}))\\s*");

	private static final List<DateTimeFormatter> DATE_FORMS = List
		.of("yyyy-MM-dd", "yyyy/MM/dd", "yyyy.MM.dd", "yyyy年M月d日", "yyyy年MM月dd日", "yyyyMMdd", "yyyy/M/d", "yyyy-M-d",
				"yyyy.M.d", "MM/dd/yyyy", "M/d/yyyy", "MMMM d, yyyy", "MMMM dd, yyyy", "MMM d, yyyy", "MMM dd, yyyy",
				"MMM. d, yyyy", "d MMMM yyyy", "dd MMMM yyyy", "d MMM yyyy", "dd MMM yyyy", "MMMM d yyyy", "MMM d yyyy")
		.stream()
		.map((pattern) -> DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH))
		.toList();

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
			"胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹" };

	private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明",
			"超", "秀", "霞", "平", "刚", "桂", "英", "华", "文", "建", "国", "玉", "兰", "志", "海", "晓", "红", "云", "鹏", "宇", "雪" };

	private static final String[] FIRST = { "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael",
			"Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas",
			"Sarah", "Daniel", "Karen", "Maria", "Wei", "Aisha", "Carlos", "Priya" };

	private static final String[] LAST = { "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
			"Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Wilson", "Anderson", "Taylor", "Moore", "Jackson",
			"Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker" };

	private static final String[] ZH_TITLE_TAGS = { "快讯：", "关注：", "聚焦：", "视点：", "最新：", "独家：" };

	private static final String[] EN_TITLE_TAGS = { "Update: ", "Analysis: ", "Exclusive: ", "Explainer: ", "Live: ",
			"Opinion: " };

	private final List<PageTemplate> templates;

	/**
	 * For each template, what of its truth occurs in its HTML (index 0) and text (index
	 * 1) form.
	 */
	private final List<Occurrences[]> occurrences;

	private final Settings settings;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	/**
	 * What to generate.
	 *
	 * @param pages how many pages
	 * @param textShare the share of pages written as text dumps (the rest as HTML where
	 * the template has it)
	 * @param gzipShare the share of pages gzipped
	 * @param gbkShare the share of Chinese pages written in GBK (when all their
	 * characters fit)
	 * @param seed the random seed: one seed, one corpus
	 */
	public record Settings(long pages, double textShare, double gzipShare, double gbkShare, long seed) {

		public Settings {
			if (pages < 1) {
				throw new IllegalArgumentException("pages must be at least 1, not " + pages);
			}
			for (double share : new double[] { textShare, gzipShare, gbkShare }) {
				if (share < 0 || share > 1) {
					throw new IllegalArgumentException("shares lie between 0 and 1, not " + share);
				}
			}
		}

	}

	/**
	 * What was written.
	 *
	 * @param pages pages written
	 * @param html of which HTML
	 * @param text of which text dumps
	 * @param gzipped of which gzipped
	 * @param gbk of which in GBK
	 * @param bytes bytes written for the pages (as stored)
	 * @param took time taken
	 */
	public record Summary(long pages, long html, long text, long gzipped, long gbk, long bytes, Duration took) {
	}

	public CorpusGenerator(List<PageTemplate> templates, Settings settings, Clock clock) {
		if (templates.isEmpty()) {
			throw new IllegalArgumentException("no page templates");
		}
		this.templates = List.copyOf(templates);
		this.occurrences = new ArrayList<>();
		for (PageTemplate t : this.templates) {
			this.occurrences.add(new Occurrences[] { (t.html() != null) ? new Occurrences(t, t.html(), true) : null,
					(t.text() != null) ? new Occurrences(t, t.text(), false) : null });
		}
		this.settings = Objects.requireNonNull(settings, "settings");
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/**
	 * Writes the pages under {@code out/pages/} and their truth to
	 * {@code out/truth.jsonl}. Each page is made from its own random generator (seeded by
	 * the seed and its number), so pages are made and written on every processor at once
	 * and the corpus is the same whatever the number of threads; the truth is written in
	 * page order.
	 */
	public Summary generate(Path out) throws IOException {
		long start = this.clock.millis();
		Files.createDirectories(out.resolve("pages"));
		long html = 0;
		long gzipped = 0;
		long gbk = 0;
		long bytes = 0;
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
		ExecutorService pool = Executors.newFixedThreadPool(threads, (r) -> {
			Thread t = new Thread(r, "generate");
			t.setDaemon(true);
			return t;
		});
		try (Writer truth = new BufferedWriter(new java.io.OutputStreamWriter(
				Files.newOutputStream(out.resolve("truth.jsonl")), StandardCharsets.UTF_8), 1 << 16)) {
			long pages = this.settings.pages();
			for (long block = 0; block < pages; block += PAGES_PER_BLOCK) {
				List<Future<Written>> written = new ArrayList<>(PAGES_PER_BLOCK);
				for (long i = block; i < Math.min(pages, block + PAGES_PER_BLOCK); i++) {
					Path folder = out.resolve("pages")
						.resolve(String.format(Locale.ROOT, "%04d", i / PAGES_PER_FOLDER));
					if (i % PAGES_PER_FOLDER == 0) {
						Files.createDirectories(folder);
					}
					long index = i;
					written.add(pool.submit(() -> write(index, folder)));
				}
				for (Future<Written> future : written) {
					Written page = done(future);
					bytes += page.bytes();
					html += page.html() ? 1 : 0;
					gzipped += page.gzip() ? 1 : 0;
					gbk += page.gbk() ? 1 : 0;
					truth.write(page.truth());
					truth.write('\n');
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
		long pages = this.settings.pages();
		return new Summary(pages, html, pages - html, gzipped, gbk, bytes,
				Duration.ofMillis(this.clock.millis() - start));
	}

	/** Pages made and written ahead of the truth file, at most. */
	private static final int PAGES_PER_BLOCK = 512;

	private record Written(boolean html, boolean gzip, boolean gbk, long bytes, String truth) {
	}

	private Written write(long index, Path folder) throws IOException {
		GeneratedPage page = page(index, new SplittableRandom(this.settings.seed() * 1_000_003L + index));
		Path file = folder.resolve(page.fileName());
		try (OutputStream stream = stream(file, page.gzip())) {
			stream.write(page.bytes());
		}
		return new Written(page.html(), page.gzip(), page.charset().equals(GBK), Files.size(file),
				this.json.writeValueAsString(page.truth()));
	}

	private static Written done(Future<Written> future) throws IOException {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new java.io.InterruptedIOException("interrupted while generating pages");
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	private static OutputStream stream(Path file, boolean gzip) throws IOException {
		OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
		return gzip ? new GZIPOutputStream(out, 1 << 16) : out;
	}

	private record GeneratedPage(String fileName, boolean html, boolean gzip, Charset charset, byte[] bytes,
			ObjectNode truth) {
	}

	private GeneratedPage page(long index, SplittableRandom random) {
		int which = random.nextInt(this.templates.size());
		PageTemplate template = this.templates.get(which);
		boolean html = template.html() != null
				&& (template.text() == null || random.nextDouble() >= this.settings.textShare());
		Occurrences found = this.occurrences.get(which)[html ? 0 : 1];
		Charset charset = (found.gbkPage != null && random.nextDouble() < this.settings.gbkShare()) ? GBK
				: StandardCharsets.UTF_8;
		String page = (charset == GBK) ? found.gbkPage : found.utf8Page;
		Fields truth = new Fields(template.title(), template.author(), template.published(), template.body());

		page = swapParagraph(page, found, truth, random);
		page = varyAuthors(page, found, truth, random);
		page = varyDate(page, found, truth, random);
		page = varyTitle(page, truth, html, template.chinese(), random);

		// every replacement (names from the pools, dates, title tags) is in GBK too
		if (!html && charset == StandardCharsets.UTF_8 && random.nextInt(10) == 0) {
			page = "\uFEFF" + page;
		}
		boolean gzip = random.nextDouble() < this.settings.gzipShare();
		String id = String.format(Locale.ROOT, "p%07d-%s", index, template.id());
		String fileName = id + (html ? ".html" : ".txt") + (gzip ? ".gz" : "");

		ObjectNode node = this.json.createObjectNode();
		node.put("id", id);
		node.put("set", "generated");
		node.put("lang", template.lang());
		node.put("template", template.id());
		node.put("form", html ? "html" : "text");
		node.put("encoding", charset.name());
		node.put("gzip", gzip);
		node.put("title", truth.title);
		node.put("author", truth.author);
		node.put("published", truth.published);
		node.put("source", template.source());
		node.put("editor", template.editor());
		node.put("body", truth.body);
		return new GeneratedPage(fileName, html, gzip, charset, page.getBytes(charset), node);
	}

	/** The ground truth of the page being made, changed along with the page. */
	private static final class Fields {

		String title;

		String author;

		String published;

		String body;

		Fields(String title, String author, String published, String body) {
			this.title = title;
			this.author = author;
			this.published = published;
			this.body = body;
		}

		void replaceEverywhere(String from, String to) {
			if (this.title != null) {
				this.title = this.title.replace(from, to);
			}
			if (this.author != null) {
				this.author = this.author.replace(from, to);
			}
			if (this.body != null) {
				this.body = this.body.replace(from, to);
			}
		}

	}

	/**
	 * What of a template's truth its page (one form) writes literally: body paragraphs,
	 * author names, date forms. Found once per template, so that each generated page only
	 * replaces.
	 */
	private static final class Occurrences {

		final List<String> paragraphs = new ArrayList<>();

		final List<String> names = new ArrayList<>();

		/**
		 * Forms of the publication day and of the days either side (a page in another
		 * zone shows those).
		 */
		final List<DayForm> dateForms = new ArrayList<>();

		LocalDate day;

		/**
		 * The page as it is written in UTF-8 and, when all its characters fit, in GBK
		 * (else null).
		 */
		final String utf8Page;

		final String gbkPage;

		Occurrences(PageTemplate template, String page, boolean html) {
			// declaring the charset once per template keeps a regex pass over every page
			// out of generation
			this.utf8Page = html ? declareCharset(page, "utf-8") : page;
			this.gbkPage = (template.chinese() && GBK.newEncoder().canEncode(page))
					? (html ? declareCharset(page, "gbk") : page) : null;
			if (template.body() != null) {
				for (String line : template.body().split("\n")) {
					String p = line.strip();
					if (p.length() >= 15 && !this.paragraphs.contains(p) && page.contains(p)) {
						this.paragraphs.add(p);
					}
				}
			}
			if (template.author() != null) {
				for (String name : NAME_SPLIT.split(template.author().strip())) {
					if (name.length() >= 2 && !this.names.contains(name) && page.contains(name)) {
						this.names.add(name);
					}
				}
			}
			Matcher m = (template.published() != null) ? ISO_DAY.matcher(template.published()) : null;
			if (m != null && m.find()) {
				try {
					this.day = LocalDate.parse(m.group(1));
				}
				catch (DateTimeParseException ex) {
					this.day = null;
				}
			}
			if (this.day != null) {
				List<String> seen = new ArrayList<>();
				for (int offset = -1; offset <= 1; offset++) {
					for (DateTimeFormatter form : DATE_FORMS) {
						String written = form.format(this.day.plusDays(offset));
						if (!seen.contains(written)) {
							seen.add(written);
							if (page.contains(written)
									|| (template.body() != null && template.body().contains(written))) {
								this.dateForms.add(new DayForm(offset, form));
							}
						}
					}
				}
			}
		}

	}

	private record DayForm(int offset, DateTimeFormatter form) {
	}

	/** Puts one body paragraph where another stood, in the page and in the truth. */
	private static String swapParagraph(String page, Occurrences found, Fields truth, SplittableRandom random) {
		if (found.paragraphs.size() < 2) {
			return page;
		}
		String from = found.paragraphs.get(random.nextInt(found.paragraphs.size()));
		String to = found.paragraphs.get(random.nextInt(found.paragraphs.size()));
		if (from.equals(to) || truth.body == null || !truth.body.contains(from)) {
			return page;
		}
		truth.body = replaceFirst(truth.body, from, to);
		return replaceFirst(page, from, to);
	}

	private static String replaceFirst(String s, String from, String to) {
		int at = s.indexOf(from);
		return (at < 0) ? s : s.substring(0, at) + to + s.substring(at + from.length());
	}

	/**
	 * Gives every author named on the page another name of the same script, in the page
	 * and in the truth.
	 */
	private static String varyAuthors(String page, Occurrences found, Fields truth, SplittableRandom random) {
		String varied = page;
		for (String name : found.names) {
			boolean han = name.codePoints()
				.allMatch((cp) -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
			String replacement = han ? chineseName(random) : englishName(random);
			varied = varied.replace(name, replacement);
			truth.replaceEverywhere(name, replacement);
		}
		return varied;
	}

	private static String chineseName(SplittableRandom random) {
		String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
		return (random.nextBoolean()) ? name + GIVEN[random.nextInt(GIVEN.length)] : name;
	}

	private static String englishName(SplittableRandom random) {
		return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
	}

	/**
	 * Moves the publication day back by up to ten years, in every common form the page
	 * writes it.
	 */
	private static String varyDate(String page, Occurrences found, Fields truth, SplittableRandom random) {
		if (found.day == null) {
			return page;
		}
		LocalDate day = found.day;
		// at least 30 days, so that no shifted day is one of the days still to be
		// replaced
		long shift = -random.nextInt(30, 3650);
		if (day.plusDays(shift).getYear() < 1990) {
			shift = random.nextInt(30, 365);
		}
		LocalDate shifted = day.plusDays(shift);
		String varied = page;
		for (DayForm dayForm : found.dateForms) {
			String from = dayForm.form().format(day.plusDays(dayForm.offset()));
			String to = dayForm.form().format(shifted.plusDays(dayForm.offset()));
			varied = varied.replace(from, to);
			truth.replaceEverywhere(from, to);
		}
		truth.published = shifted + truth.published.substring(10);
		return varied;
	}

	private static String varyTitle(String page, Fields truth, boolean html, boolean chinese, SplittableRandom random) {
		if (truth.title == null || truth.title.isBlank()) {
			return page;
		}
		String tag = chinese ? ZH_TITLE_TAGS[random.nextInt(ZH_TITLE_TAGS.length)]
				: EN_TITLE_TAGS[random.nextInt(EN_TITLE_TAGS.length)];
		String title = truth.title;
		String varied = page.replace(title, tag + title);
		// the page may also write the title escaped (HTML) or NFKC-normalised (text
		// dumps); each once
		String other = html ? escape(title) : Normalizer.normalize(title, Normalizer.Form.NFKC);
		if (!other.equals(title)) {
			String otherTag = html ? escape(tag) : Normalizer.normalize(tag, Normalizer.Form.NFKC);
			varied = varied.replace(other, otherTag + other);
		}
		if (varied.equals(page)) {
			return page;
		}
		truth.title = tag + title;
		return varied;
	}

	private static String escape(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	/** Makes the page's charset declarations name the charset it is written in. */
	private static String declareCharset(String page, String charset) {
		Matcher m = META_CHARSET.matcher(page);
		if (m.find()) {
			return m.replaceAll((r) -> Matcher.quoteReplacement(r.group(1) + charset));
		}
		Matcher head = HEAD.matcher(page);
		String meta = "<meta charset=\"" + charset + "\">";
		return head.find() ? page.substring(0, head.end()) + meta + page.substring(head.end()) : meta + page;
	}

}

package io.newsroll.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * The tests' input and what {@code newsroll ingest} makes of it: the sample pages
 * (input/articles), pages made by {@code newsroll bench generate}, and a few hostile
 * files (an empty page, a symbolic link, a page copied under another name), loaded by the
 * application's own jar into its embedded database, built once per JVM.
 */
final class Reference {

	static final Path APP_JAR = Path.of(System.getProperty("newsroll.app.jar"));

	static final Path SPARK_JAR = Path.of(System.getProperty("newsroll.spark.jar"));

	private static Reference built;

	final Path work;

	final Path input;

	final Path empty;

	final Map<String, List<String>> loaded;

	final Map<String, List<String>> linked;

	final long files;

	private Reference(Path work, Path input, Path empty, Map<String, List<String>> loaded,
			Map<String, List<String>> linked, long files) {
		this.work = work;
		this.input = input;
		this.empty = empty;
		this.loaded = loaded;
		this.linked = linked;
		this.files = files;
	}

	static synchronized Reference get() throws Exception {
		if (built == null) {
			built = build();
			Path work = built.work;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(work)));
		}
		return built;
	}

	private static void delete(Path dir) {
		try (Stream<Path> all = Files.walk(dir)) {
			all.sorted(java.util.Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary directory: the system clears it in time
		}
	}

	private static Reference build() throws Exception {
		Path work = Files.createTempDirectory("newsroll-spark-it");
		Path input = work.resolve("input");
		copyTree(Path.of(System.getProperty("newsroll.sample")), input.resolve("sample"));
		Path generated = work.resolve("generated");
		ChildJvm gen = ChildJvm.run(APP_JAR.getParent().getParent(), APP_JAR,
				List.of("bench", "generate", "--pages", "30", "--seed", "7", "--out", generated.toString()));
		if (gen.exitCode() != 0) {
			throw new IllegalStateException("bench generate: " + gen);
		}
		copyTree(generated.resolve("pages"), input.resolve("generated"));
		Path hostile = Files.createDirectories(input.resolve("hostile"));
		Files.createFile(hostile.resolve("empty.html"));
		Path page = input.resolve("sample/corpus/cwced-0ef8393b.html");
		Files.createSymbolicLink(hostile.resolve("link.html"), page);
		Files.copy(page, hostile.resolve("again-cwced-0ef8393b.html"));
		Path empty = Files.createDirectories(work.resolve("empty"));
		Path rosters = work.resolve("rosters");
		copyTree(Path.of(System.getProperty("newsroll.sample")).resolveSibling("rosters"), rosters);
		long files;
		try (Stream<Path> all = Files.walk(input)) {
			files = all.filter((p) -> ArticleNames.isArticle(p.getFileName().toString()))
				.filter((p) -> !Files.isDirectory(p))
				.count();
		}

		Path app = Files.createDirectories(work.resolve("app"));
		String url = "jdbc:hsqldb:file:" + app.resolve("db/newsroll") + ";shutdown=true";
		ChildJvm ingest = ChildJvm.run(app, APP_JAR,
				List.of("ingest", "--input", input.toString(), "--rosters", empty.toString(), "--db-url", url));
		if (ingest.exitCode() != 0) {
			throw new IllegalStateException("newsroll ingest: " + ingest);
		}
		try (Connection c = DriverManager.getConnection(url, "SA", "")) {
			return new Reference(work, input, empty, Tables.dump(c, Tables.LOADED), Tables.dump(c, Tables.LINKED),
					files);
		}
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> all = Files.walk(from)) {
			for (Path p : (Iterable<Path>) all::iterator) {
				Path target = to.resolve(from.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}

	/**
	 * Whether the application's jar runs on PostgreSQL (it carries the driver): then it
	 * creates the tests' schemas and links what the Spark job loaded.
	 */
	static boolean appOnPostgres() throws IOException {
		try (ZipFile jar = new ZipFile(APP_JAR.toFile())) {
			return jar.stream().anyMatch((e) -> e.getName().matches("BOOT-INF/lib/postgresql-[0-9.]+\\.jar"));
		}
	}

	/**
	 * A new database in the tests' PostgreSQL server with newsroll's schema, made by the
	 * application's own migrations when it runs on PostgreSQL (else by the stand-in
	 * postgres-schema.sql); its URL.
	 */
	String newDatabase() throws Exception {
		String url = PostgresServer.newDatabase();
		if (appOnPostgres()) {
			ChildJvm migrate = app(url, this.empty);
			if (migrate.exitCode() != 0) {
				throw new IllegalStateException("newsroll ingest on PostgreSQL: " + migrate);
			}
			return url;
		}
		try (Connection c = DriverManager.getConnection(url, "postgres", "");
				java.sql.Statement st = c.createStatement()) {
			st.execute(new String(Reference.class.getResourceAsStream("/postgres-schema.sql").readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8));
		}
		return url;
	}

	/**
	 * {@code newsroll ingest} over no article file on a PostgreSQL database: its
	 * migrations, then the roster files, copy linking, mention linking and day summaries
	 * of what is there.
	 */
	ChildJvm app(String url, Path rosters) throws IOException, InterruptedException {
		Path dir = Files.createDirectories(this.work.resolve("app-pg"));
		return ChildJvm.run(dir, APP_JAR, List.of("ingest", "--input", this.empty.toString(), "--rosters",
				rosters.toString(), "--db-url", url, "--db-user", "postgres", "--db-password", "unused"));
	}

	ChildJvm spark(String url, String... more) throws IOException, InterruptedException {
		List<String> args = new java.util.ArrayList<>(List.of("--master", "local[2]", "--input", this.input.toString(),
				"--db-url", url, "--db-user", "postgres", "--db-password", "unused"));
		args.addAll(List.of(more));
		return ChildJvm.run(this.work, SPARK_JAR, args);
	}

}

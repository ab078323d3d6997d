package io.newsroll.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command line the README and the guides in {@code docs/} show parses: the rows of
 * the README's command table (their synopses, with every optional part given a sample
 * value) and every {@code newsroll ...} or {@code java -jar target/newsroll.jar ...}
 * command in their code and inline code. A documented form that the CLI refuses (as
 * {@code rejects retry --run 0} once was) fails here.
 */
class DocumentedCommandsTest {

	/** Sample values for the placeholders the synopses use. */
	private static final Map<String, String> SAMPLES = Map.ofEntries(Map.entry("D", "2024-01-01"),
			Map.entry("DATE", "2024-01-01"), Map.entry("ID", "1"), Map.entry("N", "10"), Map.entry("JOB", "daily"),
			Map.entry("S", "FAILED"), Map.entry("J", "ingest"), Map.entry("CODE", "BAD_DATE"), Map.entry("NAME", "陈刚"),
			Map.entry("H", "全总领导"), Map.entry("HEADING", "全总领导"), Map.entry("ZONE", "UTC"), Map.entry("BYTES", "1000"),
			Map.entry("MS", "1000"), Map.entry("LABEL", "x"), Map.entry("L", "zh"),
			Map.entry("URL", "jdbc:hsqldb:mem:x"), Map.entry("USER", "SA"), Map.entry("PW", "pw"));

	private static final Pattern INVOCATION = Pattern
		.compile("(?:java\\s+(?:-\\S+\\s+)*-jar\\s+\\S*newsroll\\.jar|(?<![\\w./-])newsroll)\\s+([a-z][^`]*)");

	@Test
	void everyDocumentedCommandLineParses() throws IOException {
		Set<String> lines = documentedCommandLines();
		assertThat(lines).as("command lines found in README.md and docs/").hasSizeGreaterThan(20);
		List<String> refused = new ArrayList<>();
		for (String line : lines) {
			List<String> args = arguments(line);
			try {
				ParseResult parsed = NewsrollCommand.commandLine().parseArgs(args.toArray(String[]::new));
				assertThat(parsed).isNotNull();
			}
			catch (CommandLine.ParameterException ex) {
				refused.add(line + "  ->  " + ex.getMessage());
			}
		}
		assertThat(refused).as("documented command lines the CLI refuses").isEmpty();
	}

	@Test
	void theDocumentedRetryFormTakesItsRunOption() {
		ParseResult parsed = NewsrollCommand.commandLine().parseArgs("rejects", "retry", "--run", "0");
		assertThat(parsed.subcommand().subcommand().commandSpec().name()).isEqualTo("retry");
		RejectsCommand rejects = (RejectsCommand) parsed.subcommand().commandSpec().userObject();
		assertThat(rejects.run).isZero();
	}

	@Test
	void synopsesBecomeConcreteCommandLines() {
		assertThat(arguments("rejects [--run ID] [--reason CODE] [--format table\\|csv\\|json]"))
			.containsExactly("rejects", "--run", "1", "--reason", "BAD_DATE", "--format", "table");
		assertThat(arguments("extract PATH... [--zone ZONE]")).containsExactly("extract", "page.html", "--zone", "UTC");
	}

	private static Set<String> documentedCommandLines() throws IOException {
		Set<String> lines = new LinkedHashSet<>();
		List<Path> files = new ArrayList<>();
		files.add(Path.of("README.md"));
		try (Stream<Path> docs = Files.list(Path.of("docs"))) {
			docs.filter((p) -> p.toString().endsWith(".md")).sorted().forEach(files::add);
		}
		for (Path file : files) {
			String text = Files.readString(file, StandardCharsets.UTF_8).replace("\\\n", " ");
			boolean commandTable = false;
			for (String row : text.split("\n")) {
				if (row.startsWith("#")) {
					commandTable = file.endsWith("README.md") && row.equals("## Commands");
				}
				if (commandTable && row.startsWith("| `")) {
					String cell = row.substring(1, row.indexOf(" | ", 1));
					Matcher spans = Pattern.compile("`([^`]+)`").matcher(cell);
					while (spans.find()) {
						lines.add(spans.group(1));
					}
				}
				Matcher m = INVOCATION.matcher(row);
				while (m.find()) {
					String args = m.group(1).split("&&|;|\\s>>?\\s|\\s#\\s|(?<!\\\\)\\|\\s|\\s\\|")[0].trim();
					if (args.contains(" ") || !args.matches("[a-z]+")) {
						lines.add(args);
					}
				}
			}
		}
		// a mention of a command in prose ("newsroll evaluate scores ...") is not a
		// command
		// line: keep only those whose words are the CLI's
		lines.removeIf((line) -> !startsWithACommand(line));
		// "report ..." elides its arguments
		lines.removeIf((line) -> line.matches("(.*\\s)?\\.\\.\\.(\\s.*)?"));
		return lines;
	}

	/**
	 * Whether the line starts with one of the CLI's commands and gives more than a
	 * command path ("`bench generate`" in prose names a command, it is no command line).
	 */
	private static boolean startsWithACommand(String line) {
		CommandLine command = NewsrollCommand.commandLine();
		String[] words = line.trim().split("\\s+");
		int i = 0;
		while (i < words.length && command.getSubcommands().containsKey(words[i])) {
			command = command.getSubcommands().get(words[i]);
			i++;
		}
		return i > 0 && i < words.length;
	}

	/**
	 * The arguments of a documented line, its synopsis parts filled with sample values.
	 */
	static List<String> arguments(String line) {
		String concrete = line.replaceAll("[\\[\\]]", " ")
			.replaceAll("\\.\\.\\.", " ")
			.replaceAll("([\\w,.:-]+)(?:\\\\?\\|[\\w,.:-]+)+", "$1");
		List<String> args = new ArrayList<>();
		for (String word : concrete.trim().split("\\s+")) {
			if (word.isEmpty() || word.equals("/")) {
				continue;
			}
			if (word.equals("PATH") || word.equals("FILE.csv")) {
				args.add(word.equals("PATH") ? "page.html" : word);
			}
			else if (word.matches("[A-Z_.]+") && !word.contains(".")) {
				args.add(SAMPLES.getOrDefault(word, "x"));
			}
			else {
				args.add(word);
			}
		}
		return args;
	}

}

package io.newsroll.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import io.newsroll.batch.NewsrollProperties;
import io.newsroll.batch.report.ReportRequest;
import io.newsroll.batch.report.ReportService;
import io.newsroll.report.ReportFormat;
import io.newsroll.report.ReportLocale;
import io.newsroll.report.ReportPeriod;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsroll report}: the period's statistics as an Excel workbook and a PDF. */
@Command(name = "report", mixinStandardHelpOptions = true, description = {
		"Writes the publication statistics of a period as an Excel workbook and a PDF.",
		"Articles are counted by publication date in newsroll.zone (default Asia/Shanghai), both ends included; "
				+ "runs and rejects are those of the runs that loaded the period's articles, and of the period.",
		"Files go to output/reports/<from>_<to>/newsroll-<from>_<to>-<locale>.xlsx|.pdf unless --out is given." })
public class ReportCommand implements Callable<Integer> {

	/**
	 * Where reports go by default, relative to the working directory (docs/operations.md,
	 * Reports).
	 */
	static final Path REPORTS_ROOT = Path.of("output", "reports");

	@Spec
	CommandLine.Model.CommandSpec spec;

	@Mixin
	DatabaseOptions db;

	@Option(names = "--from", required = true, paramLabel = "DATE",
			description = "First day of the period (YYYY-MM-DD).")
	String from;

	@Option(names = "--to", required = true, paramLabel = "DATE",
			description = "Last day of the period, included (YYYY-MM-DD).")
	String to;

	@Option(names = "--format", paramLabel = "FORMATS", defaultValue = "xlsx,pdf",
			description = "Comma-separated formats: xlsx, pdf (default: ${DEFAULT-VALUE}).")
	String format;

	@Option(names = "--locale", paramLabel = "LANG", defaultValue = "zh",
			description = "Language of the labels: zh or en (default: ${DEFAULT-VALUE}).")
	String locale;

	@Option(names = "--out", paramLabel = "DIR",
			description = "Directory to write the files to (default: output/reports/<from>_<to>).")
	Path out;

	@Override
	public Integer call() {
		ReportRequest request = request();
		// charts are drawn with AWT, which must never look for a display under cron
		System.setProperty("java.awt.headless", "true");
		try (var ctx = AppContext.open(this.db, Map.of())) {
			// dates and times in the configured zone, as everywhere else
			request = new ReportRequest(request.period(), request.formats(), request.locale(), request.directory(),
					ctx.getBean(NewsrollProperties.class).zone());
			ReportService.Written written = ctx.getBean(ReportService.class).written(request);
			PrintWriter stdout = this.spec.commandLine().getOut();
			for (Path path : written.files()) {
				stdout.println(path);
			}
			stdout.flush();
			if (written.warning() != null) {
				this.spec.commandLine().getErr().println("newsroll: warning: " + written.warning());
				this.spec.commandLine().getErr().flush();
			}
		}
		return ExitCode.OK;
	}

	private ReportRequest request() {
		LocalDate first = date("--from", this.from);
		LocalDate last = date("--to", this.to);
		if (first.isAfter(last)) {
			throw usage("--from " + first + " is after --to " + last + ": the period must not end before it starts");
		}
		ReportPeriod period = new ReportPeriod(first, last);
		Set<ReportFormat> formats;
		ReportLocale labels;
		try {
			formats = ReportFormat.parseList(this.format);
			labels = ReportLocale.parse(this.locale);
		}
		catch (IllegalArgumentException ex) {
			throw usage(ex.getMessage());
		}
		Path directory = (this.out != null) ? this.out : ReportRequest.defaultDirectory(REPORTS_ROOT, period);
		return new ReportRequest(period, formats, labels, directory, ReportRequest.DEFAULT_ZONE);
	}

	private LocalDate date(String option, String value) {
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw usage(option + ": '" + value + "' is not a date (use YYYY-MM-DD, e.g. 2019-05-21)");
		}
	}

	private CommandLine.ParameterException usage(String message) {
		return new CommandLine.ParameterException(this.spec.commandLine(), message);
	}

}

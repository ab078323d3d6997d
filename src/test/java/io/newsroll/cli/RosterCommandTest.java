package io.newsroll.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.newsroll.batch.db.Migrations;
import io.newsroll.batch.rosters.RosterStore;
import io.newsroll.core.roster.Roster;
import io.newsroll.core.roster.RosterDigest.Origin;
import io.newsroll.core.roster.RosterMember;
import io.newsroll.core.roster.TitleParser;
import org.hsqldb.jdbc.JDBCDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

class RosterCommandTest {

	private String url;

	@BeforeEach
	void rosters() {
		this.url = "jdbc:hsqldb:mem:" + UUID.randomUUID();
		DataSource dataSource = new SimpleDriverDataSource(new JDBCDriver(), this.url, "SA", "");
		Migrations.migrate(dataSource);
		RosterStore store = new RosterStore(dataSource);
		store.save(new Roster("全总领导", LocalDate.of(2019, 5, 21), "a.txt",
				List.of(member("王东明", "全国总工会主席"), member("陈刚", "全国总工会党组书记、副主席"))), Origin.PAGE, 1);
		store.save(new Roster("全总领导", LocalDate.of(2019, 9, 1), "b.txt",
				List.of(member("陈刚", "全国总工会党组书记、副主席、书记处第一书记"), member("江广平", "全国总工会副主席"))), Origin.PAGE, 2);
	}

	@Test
	void showsTitlesWithFirstAndLastSeenAndSnapshots() {
		String[] out = new String[1];
		int code = run(out, "roster", "show", "陈 刚", "--db-url", this.url);

		assertThat(code).isEqualTo(ExitCode.OK);
		assertThat(out[0].lines()).containsExactly("陈刚", "titles:", "  全国总工会党组书记\t2019-05-21\t2019-09-01\t2",
				"  全国总工会副主席\t2019-05-21\t2019-09-01\t2", "  全国总工会书记处第一书记\t2019-09-01\t2019-09-01\t1", "snapshots:",
				"  2019-05-21\t全总领导\ta.txt\tpage", "  2019-09-01\t全总领导\tb.txt\tpage");
	}

	@Test
	void printsChangesWithinTheDates() {
		String[] out = new String[1];
		int code = run(out, "roster", "changes", "--roster", "全总领导", "--from", "2019-06-01", "--to", "2019-12-31",
				"--db-url", this.url);

		assertThat(code).isEqualTo(ExitCode.OK);
		assertThat(out[0].lines()).containsExactly("as_of\tprevious_as_of\troster\tchange\tname\ttitle",
				"2019-09-01\t2019-05-21\t全总领导\ttitle_added\t陈刚\t全国总工会书记处第一书记",
				"2019-09-01\t2019-05-21\t全总领导\tjoined\t江广平\t", "2019-09-01\t2019-05-21\t全总领导\tleft\t王东明\t");
	}

	@Test
	void rejectsFromAfterTo() {
		assertThat(run(new String[1], "roster", "changes", "--from", "2020-01-01", "--to", "2019-01-01"))
			.isEqualTo(ExitCode.USAGE);
	}

	private static int run(String[] out, String... args) {
		CommandLine cl = NewsrollCommand.commandLine();
		StringWriter text = new StringWriter();
		cl.setOut(new PrintWriter(text, true));
		cl.setErr(new PrintWriter(new StringWriter(), true));
		int code = cl.execute(args);
		out[0] = text.toString();
		return code;
	}

	private static RosterMember member(String name, String titles) {
		return new RosterMember(name, name, titles, TitleParser.parse(titles, null), Map.of());
	}

}

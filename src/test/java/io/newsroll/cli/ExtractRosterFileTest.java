package io.newsroll.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractRosterFileTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path tmp;

	@Test
	void printsRosterObjectAndRowRejectsForAGbkRosterFile() throws IOException {
		Path file = this.tmp.resolve("全总领导.csv");
		String csv = "姓名,职务,单位,日期,工号\r\n陈 刚,\"党组书记、副主席,机关党委书记\",全国总工会,2019-05-21,7\r\n,主席,全国总工会,,\r\n";
		Files.write(file, csv.getBytes(Charset.forName("GBK")));

		List<JsonNode> lines = extract(file.toString());

		assertThat(lines).extracting((n) -> n.get("kind").asString()).containsExactly("roster", "reject");
		JsonNode roster = lines.get(0);
		assertThat(roster.get("heading").asString()).isEqualTo("全总领导");
		assertThat(roster.get("as_of").asString()).isEqualTo("2019-05-21");
		JsonNode member = roster.get("members").get(0);
		assertThat(member.get("name").asString()).isEqualTo("陈刚");
		assertThat(member.get("raw_name").asString()).isEqualTo("陈 刚");
		assertThat(member.get("titles")).hasSize(3);
		assertThat(member.get("titles").get(2).get("organization").asString()).isEqualTo("全国总工会");
		assertThat(member.get("titles").get(2).get("role").asString()).isEqualTo("机关党委书记");
		assertThat(member.get("attributes").get("organization").asString()).isEqualTo("全国总工会");
		assertThat(member.get("attributes").get("工号").asString()).isEqualTo("7");
		assertThat(lines.get(1).get("reason").asString()).isEqualTo("BAD_ROSTER_ROW");
		assertThat(lines.get(1).get("location").asString()).isEqualTo("3");
	}

	private static List<JsonNode> extract(String... args) {
		CommandLine cl = NewsrollCommand.commandLine();
		StringWriter out = new StringWriter();
		cl.setOut(new PrintWriter(out, true));
		cl.setErr(new PrintWriter(new StringWriter(), true));
		String[] all = new String[args.length + 1];
		all[0] = "extract";
		System.arraycopy(args, 0, all, 1, args.length);
		assertThat(cl.execute(all)).isZero();
		return out.toString().lines().map(JSON::readTree).toList();
	}

}

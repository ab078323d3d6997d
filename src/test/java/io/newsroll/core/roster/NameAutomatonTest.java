package io.newsroll.core.roster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameAutomatonTest {

	@Test
	void findsOverlappingAndNestedPatterns() {
		NameAutomaton automaton = new NameAutomaton(List.of("王东", "王东明", "东明", "明"));

		assertThat(automaton.scan("王东明主席")).containsExactlyInAnyOrder(new NameAutomaton.Hit(0, 0, 2),
				new NameAutomaton.Hit(1, 0, 3), new NameAutomaton.Hit(2, 1, 3), new NameAutomaton.Hit(3, 2, 3));
	}

	@Test
	void findsTheSameHitsAsANaiveSearch() {
		Random random = new Random(20190521);
		char[] alphabet = "王东明陈刚马璐张".toCharArray();
		for (int round = 0; round < 200; round++) {
			List<String> patterns = new ArrayList<>();
			for (int p = 0; p < 1 + random.nextInt(8); p++) {
				patterns.add(randomText(random, alphabet, 1 + random.nextInt(4)));
			}
			String text = randomText(random, alphabet, random.nextInt(60));

			List<NameAutomaton.Hit> expected = new ArrayList<>();
			for (int p = 0; p < patterns.size(); p++) {
				for (int at = text.indexOf(patterns.get(p)); at >= 0; at = text.indexOf(patterns.get(p), at + 1)) {
					expected.add(new NameAutomaton.Hit(p, at, at + patterns.get(p).length()));
				}
			}
			Comparator<NameAutomaton.Hit> order = Comparator.comparingInt(NameAutomaton.Hit::start)
				.thenComparingInt(NameAutomaton.Hit::pattern);
			expected.sort(order);
			List<NameAutomaton.Hit> actual = new ArrayList<>(new NameAutomaton(patterns).scan(text));
			actual.sort(order);

			assertThat(actual).as("%s in %s", patterns, text).isEqualTo(expected);
		}
	}

	private static String randomText(Random random, char[] alphabet, int length) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < length; i++) {
			out.append(alphabet[random.nextInt(alphabet.length)]);
		}
		return out.toString();
	}

}

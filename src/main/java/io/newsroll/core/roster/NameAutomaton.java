package io.newsroll.core.roster;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An Aho–Corasick automaton over a fixed set of patterns: one pass over a text reports
 * every occurrence of every pattern, in time linear in the text plus the occurrences,
 * whatever the number of patterns. Written here because it is small (a trie, failure
 * links, merged outputs) and no maintained library for it was in the project's
 * dependencies. Children are frozen into sorted arrays for a compact, fast scan.
 */
final class NameAutomaton {

	/** One occurrence: the pattern's index and where it is, end exclusive. */
	record Hit(int pattern, int start, int end) {
	}

	private final char[][] keys;

	private final int[][] targets;

	private final int[] fail;

	private final int[][] outputs;

	private final int[] lengths;

	NameAutomaton(List<String> patterns) {
		List<Map<Character, Integer>> children = new ArrayList<>();
		List<List<Integer>> ends = new ArrayList<>();
		children.add(new TreeMap<>());
		ends.add(new ArrayList<>());
		this.lengths = new int[patterns.size()];
		for (int p = 0; p < patterns.size(); p++) {
			String pattern = patterns.get(p);
			this.lengths[p] = pattern.length();
			int node = 0;
			for (int i = 0; i < pattern.length(); i++) {
				Integer next = children.get(node).get(pattern.charAt(i));
				if (next == null) {
					next = children.size();
					children.add(new TreeMap<>());
					ends.add(new ArrayList<>());
					children.get(node).put(pattern.charAt(i), next);
				}
				node = next;
			}
			if (!pattern.isEmpty()) {
				ends.get(node).add(p);
			}
		}
		int size = children.size();
		this.keys = new char[size][];
		this.targets = new int[size][];
		for (int n = 0; n < size; n++) {
			Map<Character, Integer> map = children.get(n);
			this.keys[n] = new char[map.size()];
			this.targets[n] = new int[map.size()];
			int k = 0;
			for (Map.Entry<Character, Integer> e : map.entrySet()) {
				this.keys[n][k] = e.getKey();
				this.targets[n][k++] = e.getValue();
			}
		}
		this.fail = new int[size];
		this.outputs = new int[size][];
		this.outputs[0] = new int[0];
		Deque<Integer> queue = new ArrayDeque<>();
		for (int child : this.targets[0]) {
			this.fail[child] = 0;
			queue.add(child);
		}
		while (!queue.isEmpty()) {
			int node = queue.poll();
			int[] own = ends.get(node).stream().mapToInt(Integer::intValue).toArray();
			int[] inherited = this.outputs[this.fail[node]];
			int[] merged = Arrays.copyOf(own, own.length + inherited.length);
			System.arraycopy(inherited, 0, merged, own.length, inherited.length);
			this.outputs[node] = merged;
			for (int k = 0; k < this.keys[node].length; k++) {
				int child = this.targets[node][k];
				int f = this.fail[node];
				int next;
				while ((next = step(f, this.keys[node][k])) < 0 && f != 0) {
					f = this.fail[f];
				}
				this.fail[child] = (next >= 0 && next != child) ? next : 0;
				queue.add(child);
			}
		}
	}

	private int step(int node, char c) {
		int k = Arrays.binarySearch(this.keys[node], c);
		return (k >= 0) ? this.targets[node][k] : -1;
	}

	/** Every occurrence of every pattern in {@code text}, in order of their end. */
	List<Hit> scan(CharSequence text) {
		List<Hit> hits = new ArrayList<>();
		int node = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int next;
			while ((next = step(node, c)) < 0 && node != 0) {
				node = this.fail[node];
			}
			node = Math.max(next, 0);
			for (int p : this.outputs[node]) {
				hits.add(new Hit(p, i + 1 - this.lengths[p], i + 1));
			}
		}
		return hits;
	}

}

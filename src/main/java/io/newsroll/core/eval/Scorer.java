package io.newsroll.core.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores extraction predictions against ground truth with exactly the metrics of the
 * reference scorer {@code score.py} (kept in the test resources beside the fixture that
 * checks agreement): exact-match rates for title, author, source and editor; title bigram
 * F1; author and editor name-set F1; publication day and minute; body precision, recall
 * and F1 over character bigrams (zh, ja) or words, averaged per document as the
 * scrapinghub benchmark does; its 4-shingle F1; and snippet precision, recall, accuracy
 * and F1.
 *
 * <p>
 * The arithmetic follows score.py step by step (same divisions, sums in the same order),
 * so the numbers agree with CPython's to the last bits, not merely to three decimals.
 */
public final class Scorer {

	private final Grouping grouping;

	private final Set<String> onlySets;

	private final Set<String> onlyLangs;

	/**
	 * @param grouping the breakdown to compute besides the overall numbers
	 * @param onlySets score only truths of these sets (empty: all)
	 * @param onlyLangs score only truths of these languages (empty: all)
	 */
	public Scorer(Grouping grouping, Set<String> onlySets, Set<String> onlyLangs) {
		this.grouping = Objects.requireNonNull(grouping, "grouping");
		this.onlySets = Set.copyOf(onlySets);
		this.onlyLangs = Set.copyOf(onlyLangs);
	}

	/** A scorer over everything, without breakdown. */
	public static Scorer overall() {
		return new Scorer(Grouping.NONE, Set.of(), Set.of());
	}

	/**
	 * Scores the predictions. A truth id that occurs twice keeps its first position and
	 * its last record (a Python dict's behaviour); a truth without a prediction is scored
	 * against an empty one.
	 */
	public Evaluation score(List<TruthRecord> truths, Map<String, Prediction> predictions) {
		Map<String, TruthRecord> byId = new LinkedHashMap<>();
		for (TruthRecord truth : truths) {
			byId.put(truth.id(), truth);
		}
		Accumulator total = new Accumulator();
		Map<String, Accumulator> groups = new LinkedHashMap<>();
		int docs = 0;
		int missing = 0;
		for (TruthRecord truth : byId.values()) {
			if (!chosen(this.onlySets, truth.set()) || !chosen(this.onlyLangs, truth.lang())) {
				continue;
			}
			docs++;
			Prediction prediction = predictions.get(truth.id());
			if (prediction == null) {
				missing++;
				prediction = new Prediction(truth.id(), null, null, null, null, null, null);
			}
			total.add(truth, prediction);
			if (this.grouping != Grouping.NONE) {
				groups.computeIfAbsent(truth.groupKey(this.grouping), (k) -> new Accumulator()).add(truth, prediction);
			}
		}
		Map<String, Scores> groupScores = new LinkedHashMap<>();
		groups.forEach((name, acc) -> groupScores.put(name, acc.summary()));
		return new Evaluation(docs, missing, this.grouping, groupScores, total.summary());
	}

	/**
	 * Whether a truth of this set (language) is scored: every truth when no choice was
	 * made, else one that names a chosen set; a truth naming none is never chosen (as in
	 * score.py, where None is in no list).
	 */
	private static boolean chosen(Set<String> choice, String value) {
		return choice.isEmpty() || (value != null && choice.contains(value));
	}

	private static boolean given(String s) {
		return s != null && !s.isEmpty();
	}

	/**
	 * tp, fp and fn of one document, each divided by their sum (score.py's
	 * {@code tp_fp_fn}).
	 */
	record Overlap(double tp, double fp, double fn) {

		static Overlap of(Map<String, Integer> truth, Map<String, Integer> predicted) {
			long tp = intersection(truth, predicted);
			long fp = total(predicted) - tp;
			long fn = total(truth) - tp;
			long s = tp + fp + fn;
			return (s != 0) ? new Overlap((double) tp / s, (double) fp / s, (double) fn / s)
					: new Overlap(0.0, 0.0, 0.0);
		}

		double precision() {
			if (this.fp == 0.0 && this.fn == 0.0) {
				return 1.0;
			}
			return (this.tp + this.fp != 0.0) ? this.tp / (this.tp + this.fp) : 0.0;
		}

		double recall() {
			if (this.fp == 0.0 && this.fn == 0.0) {
				return 1.0;
			}
			return (this.tp + this.fn != 0.0) ? this.tp / (this.tp + this.fn) : 0.0;
		}

	}

	/**
	 * score.py's {@code prf_from}: mean P over documents with tp+fp &gt; 0, mean R over
	 * tp+fn &gt; 0.
	 */
	static double[] precisionRecallF1(List<Overlap> overlaps) {
		List<Double> ps = new ArrayList<>();
		List<Double> rs = new ArrayList<>();
		for (Overlap o : overlaps) {
			if (o.tp() + o.fp() > 0) {
				ps.add(o.precision());
			}
			if (o.tp() + o.fn() > 0) {
				rs.add(o.recall());
			}
		}
		double p = ps.isEmpty() ? 0.0 : sum(ps) / ps.size();
		double r = rs.isEmpty() ? 0.0 : sum(rs) / rs.size();
		double f = (p + r != 0.0) ? 2 * p * r / (p + r) : 0.0;
		return new double[] { p, r, f };
	}

	/** score.py's {@code f1_counter}. */
	static double f1(Map<String, Integer> truth, Map<String, Integer> predicted) {
		long tp = intersection(truth, predicted);
		if (tp == 0) {
			return 0.0;
		}
		double p = (double) tp / total(predicted);
		double r = (double) tp / total(truth);
		return 2 * p * r / (p + r);
	}

	/** score.py's {@code set_f1}. */
	static double setF1(Set<String> truth, Set<String> predicted) {
		if (truth.isEmpty() && predicted.isEmpty()) {
			return 1.0;
		}
		long inter = truth.stream().filter(predicted::contains).count();
		if (inter == 0) {
			return 0.0;
		}
		double p = (double) inter / predicted.size();
		double r = (double) inter / truth.size();
		return 2 * p * r / (p + r);
	}

	private static long intersection(Map<String, Integer> a, Map<String, Integer> b) {
		Map<String, Integer> small = (a.size() <= b.size()) ? a : b;
		Map<String, Integer> large = (small == a) ? b : a;
		long tp = 0;
		for (Map.Entry<String, Integer> e : small.entrySet()) {
			Integer other = large.get(e.getKey());
			if (other != null) {
				tp += Math.min(e.getValue(), other);
			}
		}
		return tp;
	}

	private static long total(Map<String, Integer> counts) {
		long total = 0;
		for (int c : counts.values()) {
			total += c;
		}
		return total;
	}

	/**
	 * Python's {@code sum()} over floats (CPython 3.11: plain left-to-right addition).
	 */
	private static double sum(List<Double> values) {
		double total = 0.0;
		for (double v : values) {
			total += v;
		}
		return total;
	}

	private static Score mean(List<Double> values) {
		return values.isEmpty() ? Score.NONE : new Score(sum(values) / values.size(), values.size());
	}

	private static Score rate(List<Boolean> values) {
		if (values.isEmpty()) {
			return Score.NONE;
		}
		long hits = values.stream().filter(Boolean::booleanValue).count();
		return new Score((double) hits / values.size(), values.size());
	}

	/** score.py's {@code Acc}: what one group has seen so far. */
	private static final class Accumulator {

		private final Map<Metric, List<Boolean>> exact = new EnumMap<>(Metric.class);

		private final List<Double> titleF1 = new ArrayList<>();

		private final List<Double> authorSet = new ArrayList<>();

		private final List<Double> editorSet = new ArrayList<>();

		private final List<Boolean> day = new ArrayList<>();

		private final List<Boolean> minute = new ArrayList<>();

		private final List<Overlap> body = new ArrayList<>();

		private final List<Overlap> bodySh4 = new ArrayList<>();

		private int snipTp;

		private int snipFp;

		private int snipFn;

		private int snipTn;

		Accumulator() {
			for (Metric m : List.of(Metric.TITLE, Metric.AUTHOR, Metric.SOURCE, Metric.EDITOR)) {
				this.exact.put(m, new ArrayList<>());
			}
		}

		void add(TruthRecord t, Prediction p) {
			exact(Metric.TITLE, t.title(), p.title());
			exact(Metric.AUTHOR, t.author(), p.author());
			exact(Metric.SOURCE, t.source(), p.source());
			exact(Metric.EDITOR, t.editor(), p.editor());
			if (given(t.title())) {
				this.titleF1.add(f1(ScoringText.bigrams(t.title()), ScoringText.bigrams(p.title())));
			}
			if (given(t.author())) {
				this.authorSet.add(setF1(ScoringText.nameSet(t.author()), ScoringText.nameSet(p.author())));
			}
			if (given(t.editor())) {
				this.editorSet.add(setF1(ScoringText.nameSet(t.editor()), ScoringText.nameSet(p.editor())));
			}
			LenientDate gd = LenientDate.parse(t.published());
			if (gd != null && gd.day() != null) {
				LenientDate pd = LenientDate.parse(p.published());
				this.day.add(pd != null && pd.sameDay(gd));
				if (gd.hour() != null) {
					this.minute.add(pd != null && pd.hour() != null && pd.equals(gd));
				}
			}
			String pb = (p.body() != null) ? p.body() : "";
			if (given(t.body())) {
				boolean cjk = ScoringText.isCjkDocument(t.lang(), t.body());
				Function<String, Map<String, Integer>> unit = cjk ? ScoringText::bigrams : ScoringText::words;
				this.body.add(Overlap.of(unit.apply(t.body()), unit.apply(pb)));
				if (!cjk) {
					this.bodySh4.add(Overlap.of(ScoringText.shingles4(t.body()), ScoringText.shingles4(pb)));
				}
			}
			if (!t.bodyWith().isEmpty() || !t.bodyWithout().isEmpty()) {
				String pn = ScoringText.norm(pb);
				for (String s : t.bodyWith()) {
					if (ScoringText.snippetIn(s, pn)) {
						this.snipTp++;
					}
					else {
						this.snipFn++;
					}
				}
				for (String s : t.bodyWithout()) {
					if (ScoringText.snippetIn(s, pn)) {
						this.snipFp++;
					}
					else {
						this.snipTn++;
					}
				}
			}
		}

		private void exact(Metric metric, String truth, String predicted) {
			if (given(truth)) {
				this.exact.get(metric).add(ScoringText.norm(truth).equals(ScoringText.norm(predicted)));
			}
		}

		Scores summary() {
			Map<Metric, Score> res = new EnumMap<>(Metric.class);
			this.exact.forEach((metric, hits) -> res.put(metric, rate(hits)));
			res.put(Metric.TITLE_F1, mean(this.titleF1));
			res.put(Metric.AUTHOR_SET, mean(this.authorSet));
			res.put(Metric.EDITOR_SET, mean(this.editorSet));
			res.put(Metric.DATE_DAY, rate(this.day));
			res.put(Metric.DATE_MINUTE, rate(this.minute));
			if (!this.body.isEmpty()) {
				double[] prf = precisionRecallF1(this.body);
				res.put(Metric.BODY_P, new Score(prf[0], this.body.size()));
				res.put(Metric.BODY_R, new Score(prf[1], this.body.size()));
				res.put(Metric.BODY_F1, new Score(prf[2], this.body.size()));
			}
			else {
				res.put(Metric.BODY_P, Score.NONE);
				res.put(Metric.BODY_R, Score.NONE);
				res.put(Metric.BODY_F1, Score.NONE);
			}
			res.put(Metric.BODY_SH4_F1, this.bodySh4.isEmpty() ? Score.NONE
					: new Score(precisionRecallF1(this.bodySh4)[2], this.bodySh4.size()));
			int n = this.snipTp + this.snipFp + this.snipFn + this.snipTn;
			if (n > 0) {
				double p = (this.snipTp + this.snipFp != 0) ? (double) this.snipTp / (this.snipTp + this.snipFp) : 0.0;
				double r = (this.snipTp + this.snipFn != 0) ? (double) this.snipTp / (this.snipTp + this.snipFn) : 0.0;
				res.put(Metric.SNIP_P, new Score(p, n));
				res.put(Metric.SNIP_R, new Score(r, n));
				res.put(Metric.SNIP_ACC, new Score((double) (this.snipTp + this.snipTn) / n, n));
				res.put(Metric.SNIP_F1, new Score((p + r != 0.0) ? 2 * p * r / (p + r) : 0.0, n));
			}
			else {
				res.put(Metric.SNIP_P, Score.NONE);
				res.put(Metric.SNIP_R, Score.NONE);
				res.put(Metric.SNIP_ACC, Score.NONE);
				res.put(Metric.SNIP_F1, Score.NONE);
			}
			List<Double> heads = new ArrayList<>();
			for (Metric m : List.of(Metric.TITLE, Metric.AUTHOR, Metric.SOURCE, Metric.EDITOR, Metric.DATE_DAY,
					Metric.BODY_F1, Metric.SNIP_F1)) {
				if (res.get(m).measured()) {
					heads.add(res.get(m).value());
				}
			}
			res.put(Metric.MACRO,
					heads.isEmpty() ? new Score(null, 0) : new Score(sum(heads) / heads.size(), heads.size()));
			return new Scores(res);
		}

	}

}

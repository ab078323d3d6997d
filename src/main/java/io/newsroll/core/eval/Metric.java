package io.newsroll.core.eval;

/**
 * The numbers an evaluation reports, in score.py's order and under its names
 * ({@link #key()}), which are also the keys of the JSON summary.
 */
public enum Metric {

	/** Exact title match rate after normalisation. */
	TITLE("title"),
	/** Mean character-bigram F1 of the title. */
	TITLE_F1("title_f1"),
	/** Exact author match rate. */
	AUTHOR("author"),
	/** Mean F1 over the set of author names. */
	AUTHOR_SET("author_set"), SOURCE("source"), EDITOR("editor"),
	/** Mean F1 over the set of editor names. */
	EDITOR_SET("editor_set"),
	/** Same calendar day, over truths that give a day. */
	DATE_DAY("date_day"),
	/** Same minute, over truths that give a time. */
	DATE_MINUTE("date_minute"),
	/** Body precision, mean over documents. */
	BODY_P("body_p"),
	/** Body recall, mean over documents. */
	BODY_R("body_r"),
	/** Harmonic mean of {@link #BODY_P} and {@link #BODY_R}. */
	BODY_F1("body_f1"),
	/** The scrapinghub benchmark's 4-token-shingle F1, non-CJK documents only. */
	BODY_SH4_F1("body_sh4_f1"), SNIP_P("snip_p"), SNIP_R("snip_r"), SNIP_ACC("snip_acc"), SNIP_F1("snip_f1"),
	/**
	 * Mean of title, author, source, editor, date_day, body_f1 and snip_f1, where
	 * measured.
	 */
	MACRO("macro");

	private final String key;

	Metric(String key) {
		this.key = key;
	}

	/** The metric's name in score.py's output and in the JSON summary. */
	public String key() {
		return this.key;
	}

}

package io.newsroll.core.article;

/**
 * The credits printed around an article besides its authors: a note on the author
 * ("（作者为…）"), the source it comes from (来源：) and its editor (责任编辑：).
 *
 * @param authorNote the note on the author, or null
 * @param source the source as printed, or null
 * @param editor the editor's name, or null
 */
record Credits(String authorNote, String source, String editor) {

	/**
	 * These credits, with what is missing taken from the lines after the body, then
	 * (source and editor) from the byline lines.
	 */
	Credits completedFrom(Margins margins) {
		String note = this.authorNote;
		String s = this.source;
		String e = this.editor;
		for (String text : margins.after()) {
			if (note == null) {
				note = Bylines.authorNote(text);
			}
			if (s == null) {
				s = Bylines.source(text);
			}
			if (e == null) {
				e = Bylines.editor(text);
			}
		}
		for (String text : margins.byline()) {
			if (s == null) {
				s = Bylines.source(text);
			}
			if (e == null) {
				e = Bylines.editor(text);
			}
		}
		return new Credits(note, s, e);
	}

	/**
	 * These credits with the source from the page's meta data when the text names none
	 * (Chinese pages only): {@code <meta name="source" content="来源：人民网－人民日报">}, or the
	 * name alone (elsewhere the tag may name the publishing software).
	 */
	Credits withMetaSource(PageMeta meta, boolean chinese) {
		if (this.source != null || !chinese || meta.source() == null) {
			return this;
		}
		String labelled = Bylines.source(meta.source());
		return new Credits(this.authorNote, (labelled != null) ? labelled : meta.source(), this.editor);
	}

}

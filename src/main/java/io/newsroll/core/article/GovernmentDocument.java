package io.newsroll.core.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.newsroll.core.text.DateTimes;

/**
 * The table a Chinese government document opens with: its issuing body (发文机关) and the
 * date it is written and signed with (成文日期), given after a label in the label's line or
 * in the table's next cell.
 */
final class GovernmentDocument {

	/** A government document's "date written", the date it is signed with. */
	private static final String WRITTEN_ON = "成文日期";

	/** A government document's issuing body ("发文机关：吉林省人民政府"). */
	private static final String ISSUED_BY = "发文机关";

	/** A body's name: Han characters (and brackets), no digits or marks. */
	private static final Pattern BODY_NAME = Pattern.compile("[\\p{IsHan}（）()]{2,30}");

	/**
	 * Where a government document's table gives a value after a label: the rest of the
	 * label's line, and the next line when it is short enough to be the table's next cell
	 * (else null).
	 */
	private record LabelledCell(String inLine, String next) {
	}

	private GovernmentDocument() {
	}

	/**
	 * The body named after {@value #ISSUED_BY} in the lines before {@code end}, in its
	 * line (up to a wide gap) or in the table's next cell; empty when there is none.
	 */
	static List<String> issuingBody(LineSet lines, int end) {
		for (LabelledCell cell : labelledCells(lines, end, ISSUED_BY)) {
			String after = cell.inLine().replaceFirst("^[\\s:：]+", "");
			String name = after.split("\\s{2,}|\\s(?=\\S+[:：])", 2)[0].strip();
			if (name.isEmpty() && cell.next() != null) {
				name = cell.next().strip();
			}
			if (BODY_NAME.matcher(name).matches()) {
				return List.of(name);
			}
		}
		return List.of();
	}

	/**
	 * The date after {@value #WRITTEN_ON} in the lines before {@code end}, or in the
	 * table's next cell (day first).
	 */
	static Optional<DateTimes.Found> writtenOn(LineSet lines, int end) {
		for (LabelledCell cell : labelledCells(lines, end, WRITTEN_ON)) {
			Optional<DateTimes.Found> found = DateTimes.find(cell.inLine(), true);
			if (found.isEmpty() && cell.next() != null) {
				found = DateTimes.find(cell.next(), true);
			}
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	/** The cells after {@code label} in the lines before {@code end}, in page order. */
	private static List<LabelledCell> labelledCells(LineSet lines, int end, String label) {
		List<LabelledCell> cells = new ArrayList<>();
		for (int i = 0; i < Math.min(lines.size(), end); i++) {
			String text = lines.text(i);
			int at = (text.length() < 160) ? text.indexOf(label) : -1;
			if (at >= 0) {
				String next = (i + 1 < lines.size() && lines.text(i + 1).length() < 40) ? lines.text(i + 1) : null;
				cells.add(new LabelledCell(text.substring(at + label.length()), next));
			}
		}
		return cells;
	}

}

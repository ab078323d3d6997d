package io.newsroll.core.roster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * What identifies a roster snapshot, in one place for every store that writes one (the
 * batch application and the Spark job): a stable text of everything the snapshot holds,
 * its SHA-256, and the snapshot id (where the roster came from, plus that digest). A
 * roster read again unchanged gets the same id, so loading it again adds nothing.
 */
public final class RosterDigest {

	/** Where a roster came from: its own file, or a block inside an article page. */
	public enum Origin {

		FILE, PAGE

	}

	private RosterDigest() {
	}

	/** The snapshot id of {@code roster} read from a file or a page. */
	public static String snapshotId(Roster roster, Origin origin) {
		return snapshotId(roster, origin, contentSha(roster));
	}

	/** The snapshot id, when the caller has the content digest already. */
	public static String snapshotId(Roster roster, Origin origin, String contentSha) {
		String source = (origin == Origin.FILE) ? "file:" + roster.file() : "page:" + roster.heading();
		return sha256(source + "\n" + contentSha);
	}

	/** SHA-256 of the snapshot's canonical text. */
	public static String contentSha(Roster roster) {
		return sha256(canonical(roster));
	}

	/**
	 * Attributes as "key=value" lines, sorted by key, so that equal attributes store
	 * equal text; null when there are none.
	 */
	public static String attributes(Map<String, String> attributes) {
		if (attributes.isEmpty()) {
			return null;
		}
		StringBuilder out = new StringBuilder();
		new TreeMap<>(attributes).forEach((key, value) -> out.append(key.replace('\n', ' ').replace("=", "\\="))
			.append('=')
			.append(value.replace('\n', ' '))
			.append('\n'));
		return out.toString().strip();
	}

	/** A stable text of everything a snapshot holds: what its id hashes. */
	static String canonical(Roster roster) {
		StringBuilder out = new StringBuilder();
		out.append(roster.heading()).append('\u001f').append(roster.asOf()).append('\u001e');
		for (RosterMember member : roster.members()) {
			out.append(member.name())
				.append('\u001f')
				.append(member.rawName())
				.append('\u001f')
				.append(member.titlesRaw())
				.append('\u001f')
				.append(attributes(member.attributes()));
			for (Title title : member.titles()) {
				out.append('\u001d')
					.append(title.title())
					.append('\u001f')
					.append(title.concurrent())
					.append('\u001f')
					.append(title.candidate())
					.append('\u001f')
					.append(title.organization())
					.append('\u001f')
					.append(title.role());
			}
			out.append('\u001e');
		}
		return out.toString();
	}

	/** SHA-256 of a text's UTF-8 bytes, in lower-case hex. */
	public static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java platform", ex);
		}
	}

}

package io.newsroll.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.newsroll.core.roster.Roster;
import io.newsroll.core.roster.RosterDigest;
import io.newsroll.core.roster.RosterMember;
import io.newsroll.core.roster.Title;

/**
 * A roster block found in a page, as the rows {@code newsroll ingest} saves for it (its
 * {@code RosterStore} with source kind PAGE): the snapshot's id is the SHA-256 of
 * {@code "page:" + heading} and of the content's canonical text, so the same sidebar on
 * many pages is one snapshot. Made in the executor that read the page, carried to the
 * writer as bytes.
 *
 * @param id the snapshot id
 * @param heading the block's heading
 * @param asOf its date, or null
 * @param file the page it came from
 * @param contentSha SHA-256 of the content's canonical text
 * @param members member rows: name, raw name, titles as written, attributes text
 * @param titles title rows: member position, position, title, concurrent, candidate,
 * organization, role
 */
record PageRoster(String id, String heading, LocalDate asOf, String file, String contentSha, List<Member> members,
		List<TitleRow> titles) implements Serializable {

	record Member(int position, String name, String rawName, String titlesRaw,
			String attributes) implements Serializable {
	}

	record TitleRow(int memberPosition, int position, String title, boolean concurrent, boolean candidate,
			String organization, String role) implements Serializable {
	}

	static PageRoster of(Roster roster) {
		String contentSha = RosterDigest.contentSha(roster);
		String id = RosterDigest.snapshotId(roster, RosterDigest.Origin.PAGE, contentSha);
		List<Member> members = new ArrayList<>();
		List<TitleRow> titles = new ArrayList<>();
		for (int m = 0; m < roster.members().size(); m++) {
			RosterMember member = roster.members().get(m);
			members.add(new Member(m, member.name(), member.rawName(), member.titlesRaw(),
					RosterDigest.attributes(member.attributes())));
			for (int t = 0; t < member.titles().size(); t++) {
				Title title = member.titles().get(t);
				titles.add(new TitleRow(m, t, title.title(), title.concurrent(), title.candidate(),
						title.organization(), title.role()));
			}
		}
		return new PageRoster(id, roster.heading(), roster.asOf(), roster.file(), contentSha, List.copyOf(members),
				List.copyOf(titles));
	}

	byte[] toBytes() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(this);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static PageRoster fromBytes(byte[] bytes) {
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
			return (PageRoster) in.readObject();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

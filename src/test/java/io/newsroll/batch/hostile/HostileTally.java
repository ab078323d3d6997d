package io.newsroll.batch.hostile;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.TreeSet;

import io.newsroll.batch.Workspace;

/**
 * Prints what each hostile input ended as, one tab-separated line per file
 * ({@code hostile-input, suite, file, ledger status, reject reasons}), so that the
 * figures in docs/hostile-input.md are counted from a test run, not estimated.
 */
final class HostileTally {

	private HostileTally() {
	}

	static void print(String suite, Workspace ws, Collection<String> files) throws SQLException {
		try (Connection con = DriverManager.getConnection(ws.dbUrl(), "SA", "");
				PreparedStatement ledger = con.prepareStatement("SELECT status FROM file_ledger WHERE path = ?");
				PreparedStatement rejects = con.prepareStatement("SELECT reason FROM reject WHERE file = ?")) {
			for (String file : files) {
				String status = "NONE";
				ledger.setString(1, file);
				try (ResultSet rs = ledger.executeQuery()) {
					if (rs.next()) {
						status = rs.getString(1);
					}
				}
				TreeSet<String> reasons = new TreeSet<>();
				rejects.setString(1, file);
				try (ResultSet rs = rejects.executeQuery()) {
					while (rs.next()) {
						reasons.add(rs.getString(1));
					}
				}
				System.out.printf("hostile-input\t%s\t%s\t%s\t%s%n", suite, file.replace("\n", "\\n"), status,
						String.join(",", reasons));
			}
		}
	}

}

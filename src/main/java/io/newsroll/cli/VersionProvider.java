package io.newsroll.cli;

import picocli.CommandLine;

/**
 * Reads the version from the jar manifest, so that {@code --version} matches the build.
 */
class VersionProvider implements CommandLine.IVersionProvider {

	@Override
	public String[] getVersion() {
		String version = NewsrollCommand.class.getPackage().getImplementationVersion();
		return new String[] { "newsroll " + ((version != null) ? version : "(development build)") };
	}

}

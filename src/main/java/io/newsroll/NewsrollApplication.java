package io.newsroll;

import io.newsroll.cli.NewsrollCommand;

/**
 * Entry point of {@code java -jar newsroll.jar COMMAND}: hands the arguments to the
 * command line.
 */
public final class NewsrollApplication {

	private NewsrollApplication() {
	}

	public static void main(String[] args) {
		System.exit(NewsrollCommand.run(args));
	}

}

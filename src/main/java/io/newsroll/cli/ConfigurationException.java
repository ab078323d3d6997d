package io.newsroll.cli;

/** Bad configuration or option values found before anything ran: exit code 2. */
public class ConfigurationException extends RuntimeException {

	public ConfigurationException(String message) {
		super(message);
	}

	public ConfigurationException(String message, Throwable cause) {
		super(message, cause);
	}

}

package io.newsroll.core.article;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Limits and defaults for {@link PageExtractor}: the zone of pages that give no offset,
 * how many bytes a compressed page may inflate to, how deep its markup may nest, and how
 * long a title may be.
 *
 * @param defaultZone zone for publication times without an offset (Asia/Shanghai by
 * default)
 * @param maxDecompressedBytes largest page size accepted, after decompression
 * @param maxDomDepth deepest element nesting accepted in HTML
 * @param maxTitleChars titles longer than this are cut (warning TITLE_TRUNCATED)
 */
public record ExtractionSettings(ZoneId defaultZone, long maxDecompressedBytes, int maxDomDepth, int maxTitleChars) {

	public ExtractionSettings {
		Objects.requireNonNull(defaultZone, "defaultZone");
		if (maxDecompressedBytes <= 0) {
			throw new IllegalArgumentException("maxDecompressedBytes must be positive: " + maxDecompressedBytes);
		}
		if (maxDomDepth < 16) {
			throw new IllegalArgumentException("maxDomDepth must be at least 16: " + maxDomDepth);
		}
		if (maxTitleChars < 10) {
			throw new IllegalArgumentException("maxTitleChars must be at least 10: " + maxTitleChars);
		}
	}

	/** Asia/Shanghai, 64 MiB, 512 levels, 500 characters. */
	public static ExtractionSettings defaults() {
		return new ExtractionSettings(ZoneId.of("Asia/Shanghai"), 64L << 20, 512, 500);
	}

}

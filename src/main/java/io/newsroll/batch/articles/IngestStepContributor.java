package io.newsroll.batch.articles;

import org.springframework.batch.core.step.Step;
import org.springframework.core.Ordered;

/**
 * A step that other features (rosters, mentions) add to the {@code ingest} job after the articles are
 * loaded and linked, in {@link Ordered} order.
 */
public interface IngestStepContributor extends Ordered {

	Step step();

}

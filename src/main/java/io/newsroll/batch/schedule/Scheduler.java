package io.newsroll.batch.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Fires each job on its cron until stopped: one job at a time, in the order they fall
 * due. A job that fails is reported and the schedule goes on. Time comes from the given
 * clock, in the given zone.
 */
public final class Scheduler {

	/** What firing a job does. */
	@FunctionalInterface
	public interface Firing {

		void fire(JobDefinition job, LocalDateTime dueAt) throws Exception;

	}

	private final List<JobDefinition> jobs;

	private final Clock clock;

	private final ZoneId zone;

	private final Firing firing;

	private final Consumer<String> log;

	private volatile boolean stopped;

	public Scheduler(List<JobDefinition> jobs, Clock clock, ZoneId zone, Firing firing, Consumer<String> log) {
		this.jobs = List.copyOf(jobs);
		this.clock = clock;
		this.zone = zone;
		this.firing = firing;
		this.log = log;
	}

	/**
	 * Runs until {@link #stop()} is called; returns after the job being fired, if any,
	 * has returned.
	 */
	public void run() throws InterruptedException {
		Map<JobDefinition, LocalDateTime> next = new LinkedHashMap<>();
		LocalDateTime now = now();
		for (JobDefinition job : this.jobs) {
			next.put(job, job.cronExpression().next(now));
			this.log.accept("job '" + job.name() + "' (" + job.cron() + ") next fires at " + labelled(next.get(job)));
		}
		while (!this.stopped) {
			LocalDateTime due = next.values().stream().min(LocalDateTime::compareTo).orElse(null);
			if (due == null) {
				return;
			}
			while (!this.stopped && now().isBefore(due)) {
				long millis = Duration.between(now(), due).toMillis();
				Thread.sleep(Math.max(1, Math.min(millis, 500)));
			}
			for (Map.Entry<JobDefinition, LocalDateTime> e : next.entrySet()) {
				if (this.stopped || e.getValue().isAfter(now())) {
					continue;
				}
				JobDefinition job = e.getKey();
				this.log.accept("firing job '" + job.name() + "' due at " + labelled(e.getValue()));
				try {
					this.firing.fire(job, e.getValue());
				}
				catch (Exception ex) {
					this.log.accept("job '" + job.name() + "' failed: " + ex);
				}
				LocalDateTime after = now().isAfter(e.getValue()) ? now() : e.getValue();
				e.setValue(job.cronExpression().next(after));
				this.log.accept("job '" + job.name() + "' next fires at " + labelled(e.getValue()));
			}
		}
	}

	/**
	 * A time of the schedule with its offset and zone ({@code 2026-12-08T02:00+08:00
	 * Asia/Shanghai}): the crons are read in the configured zone, not the machine's.
	 */
	String labelled(LocalDateTime t) {
		return t.atZone(this.zone).toOffsetDateTime() + " " + this.zone.getId();
	}

	public void stop() {
		this.stopped = true;
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock.withZone(this.zone));
	}

}

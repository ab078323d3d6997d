package io.newsroll.batch;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Spring Boot application behind the database commands: batch jobs, repository,
 * reports.
 */
@SpringBootApplication(scanBasePackages = "io.newsroll")
@ConfigurationPropertiesScan("io.newsroll")
public class BatchApplication {

}

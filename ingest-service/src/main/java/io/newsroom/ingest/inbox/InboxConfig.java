package io.newsroom.ingest.inbox;

import java.nio.file.Path;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** The folders and limits of the inbox; see application.properties. */
@ConfigMapping(prefix = "newsroom.ingest")
public interface InboxConfig {

    Path inbox();

    Path processed();

    Path failed();

    Duration poll();

    Duration settle();

    long maxFileSize();

    Duration ackTimeout();
}

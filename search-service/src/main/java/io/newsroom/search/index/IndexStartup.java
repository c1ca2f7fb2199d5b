package io.newsroom.search.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/** Creates the index at start-up when the node is there; otherwise the first batch does it. */
@ApplicationScoped
public class IndexStartup {

    private static final Logger LOG = Logger.getLogger(IndexStartup.class);

    @Inject
    ArticleIndex index;

    void onStart(@Observes StartupEvent event) {
        Thread setup = new Thread(() -> {
            try {
                index.ensureExists();
            } catch (Exception e) {
                LOG.infof("index not created yet (%s); the first batch will create it", e.getMessage());
            }
        }, "index-setup");
        setup.setDaemon(true);
        setup.start();
    }
}

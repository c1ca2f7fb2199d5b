package io.newsroom.enrich.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.newsroom.enrich.pipeline.EnrichPipeline;

/** Makes the plain-Java pipeline a bean; the offline preview builds the same one by hand. */
public class PipelineProducer {

    @Produces
    @ApplicationScoped
    EnrichPipeline pipeline() {
        return EnrichPipeline.standard();
    }
}

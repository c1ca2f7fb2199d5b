package io.newsroom.contract.serde;

import io.newsroom.contract.RawPage;

public class RawPageDeserializer extends JsonDeserializer<RawPage> {
    public RawPageDeserializer() {
        super(RawPage.class);
    }
}

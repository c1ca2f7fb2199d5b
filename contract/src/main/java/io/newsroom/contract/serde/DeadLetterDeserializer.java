package io.newsroom.contract.serde;

import io.newsroom.contract.DeadLetter;

public class DeadLetterDeserializer extends JsonDeserializer<DeadLetter> {
    public DeadLetterDeserializer() {
        super(DeadLetter.class);
    }
}

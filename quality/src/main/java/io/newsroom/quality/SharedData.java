package io.newsroom.quality;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared material folder ({@code shared/}: samples and eval data, never in the repository):
 * {@code $NEWSROOM_SHARED} if set, else {@code ../shared} beside the checkout, else {@code ../../shared}
 * (from a worktree one level deeper).
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path resolve(String relative) {
        String env = System.getenv("NEWSROOM_SHARED");
        if (env != null && !env.isBlank()) {
            return Path.of(env).resolve(relative);
        }
        for (String base : new String[] {"../shared", "../../shared"}) {
            Path p = Path.of(base).resolve(relative);
            if (Files.exists(p)) {
                return p;
            }
        }
        return Path.of("../shared").resolve(relative);
    }
}

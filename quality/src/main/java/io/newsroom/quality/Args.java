package io.newsroom.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} and {@code --flag} options plus positional arguments. */
public final class Args {

    private final Map<String, String> options = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Args() {
    }

    /** Parses; flags are options that take no value. Returns null on an unknown option or a missing value. */
    public static Args parse(String[] args, Set<String> valued, Set<String> flags) {
        Args a = new Args();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                return null;
            }
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                if (flags.contains(name)) {
                    a.options.put(name, "true");
                } else if (valued.contains(name) && i + 1 < args.length) {
                    a.options.put(name, args[++i]);
                } else {
                    return null;
                }
            } else {
                a.positional.add(arg);
            }
        }
        return a;
    }

    public String get(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    public boolean has(String name) {
        return options.containsKey(name);
    }

    public List<String> positional() {
        return positional;
    }
}

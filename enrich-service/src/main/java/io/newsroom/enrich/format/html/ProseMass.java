package io.newsroom.enrich.format.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * How much prose (blocks long enough and free enough of links to read as sentences) each element
 * holds, counting its descendants. Used to avoid throwing out the story with a badly named wrapper.
 */
final class ProseMass {

    private final Map<Element, Integer> mass = new IdentityHashMap<>();
    private final int total;

    ProseMass(Element root) {
        List<TextBlock> blocks = BlockWalker.blocks(root);
        int sum = 0;
        for (TextBlock b : blocks) {
            int w = b.weight();
            if (w < 40 || b.linkDensity() > 0.3) {
                continue;
            }
            sum += w;
            for (Element e = b.owner(); e != null; e = e.parent()) {
                mass.merge(e, w, Integer::sum);
                if (e == root) {
                    break;
                }
            }
        }
        total = sum;
    }

    int of(Element e) {
        return mass.getOrDefault(e, 0);
    }

    int total() {
        return total;
    }

    /** True when the element holds at least the given share of all the prose under the root. */
    boolean holdsShare(Element e, double share) {
        return total > 0 && of(e) >= share * total;
    }
}

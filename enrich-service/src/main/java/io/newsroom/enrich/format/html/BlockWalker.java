package io.newsroom.enrich.format.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cuts the text under an element into {@link TextBlock}s the way a browser lays it out: every block
 * element and every {@code <br>} ends a block. Iterative, so deep markup cannot overflow the stack.
 */
public final class BlockWalker {

    static final Set<String> BLOCK_TAGS = Set.of(
            "p", "div", "section", "article", "main", "td", "th", "tr", "table", "tbody", "thead", "tfoot",
            "li", "ul", "ol", "dl", "dd", "dt", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
            "figure", "figcaption", "header", "footer", "aside", "nav", "form", "address", "center", "hr",
            "body", "html", "details", "summary", "fieldset", "caption", "hgroup", "output", "dialog");

    private BlockWalker() {
    }

    public static List<TextBlock> blocks(Element root) {
        Collector c = new Collector(root);
        NodeTraversor.traverse(c, root);
        c.flush();
        return c.blocks;
    }

    private static final class Collector implements NodeVisitor {
        final List<TextBlock> blocks = new ArrayList<>();
        final Deque<Element> openBlocks = new ArrayDeque<>();
        final StringBuilder text = new StringBuilder();
        int linkChars;
        int linkDepth;

        Collector(Element root) {
            openBlocks.push(root);
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText());
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    flush();
                } else if (tag.equals("a")) {
                    linkDepth++;
                } else if (BLOCK_TAGS.contains(tag) && depth > 0) {
                    flush();
                    openBlocks.push(e);
                } else if (tag.equals("img") || tag.equals("input")) {
                    appendSpace();
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("a")) {
                    linkDepth--;
                } else if (BLOCK_TAGS.contains(tag) && depth > 0) {
                    flush();
                    openBlocks.pop();
                }
            }
        }

        private void append(String raw) {
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
                    appendSpace();
                } else {
                    text.append(c);
                    if (linkDepth > 0) {
                        linkChars++;
                    }
                }
            }
        }

        private void appendSpace() {
            if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
        }

        void flush() {
            int end = text.length();
            if (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            if (end > 0) {
                Element owner = openBlocks.peek();
                String tag = owner.normalName();
                boolean heading = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
                blocks.add(new TextBlock(text.substring(0, end), Math.min(linkChars, end), owner, heading));
            }
            text.setLength(0);
            linkChars = 0;
        }
    }
}

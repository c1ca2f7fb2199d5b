package io.newsroom.enrich.format.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Turns the story's elements into paragraphs, leaving out the debris that lives inside story boxes:
 * link lists ("Read more: ..."), ad labels, share prompts, photo credits, and the headline repeated.
 */
public final class BodyCollector {

    /** Short blocks that are labels of page machinery rather than sentences of the story. */
    private static final Pattern DEBRIS = Pattern.compile(
            "(?i)^(advertisement|advertising|advert|sponsored( content)?|ad|story continues below( advertisement)?"
                    + "|continue reading( below)?|share( this( article| story)?)?( on)?|tweet|email|print"
                    + "|(read|see|watch|listen) (more|also|next|this)\\b.*|related( articles| stories| coverage)?:?.*"
                    + "|more:.*|recommended:?.*|you (may|might) also like.*|click here\\b.*"
                    + "|follow (us|@).*|sign up\\b.*|subscribe\\b.*|(photo|image|picture|video|credit)s?:.*"
                    + "|\\(?(photo|image)s? (by|courtesy|credit)\\b.*|getty images|ap photo.*"
                    + "|(leave|post|add) a (comment|reply).*|\\d+ comments?|comments?"
                    + "|listen to (this )?article.*|[0-9:]+ min(ute)?s? read|advertisement - scroll to continue"
                    + "|newsletter.*|copyright\\b.*|©.*|all rights reserved\\.?)$");

    private static final int DEBRIS_MAX_LENGTH = 120;

    private BodyCollector() {
    }

    /** Paragraphs of the story, in order, without the headline given. */
    public static List<String> paragraphs(List<Element> story, String headline) {
        String title = headline == null ? "" : normalise(headline);
        List<String> out = new ArrayList<>();
        for (Element e : story) {
            for (TextBlock b : BlockWalker.blocks(e)) {
                String text = b.text().strip();
                if (keep(b, text, title)) {
                    out.add(text);
                }
            }
        }
        return out;
    }

    static boolean keep(TextBlock b, String text, String title) {
        if (text.isEmpty() || !hasLetterOrDigit(text)) {
            return false;
        }
        // a link-made block is navigation unless it is long prose with a few links
        double links = b.linkDensity();
        if (links > 0.5 && (links > 0.8 || b.weight() < 200)) {
            return false;
        }
        if (b.heading() && !title.isEmpty() && normalise(text).equals(title)) {
            return false;
        }
        return text.length() > DEBRIS_MAX_LENGTH || !DEBRIS.matcher(text).matches();
    }

    private static boolean hasLetterOrDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}

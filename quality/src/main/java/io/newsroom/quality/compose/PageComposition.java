package io.newsroom.quality.compose;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import io.newsroom.quality.gold.GoldArticle;
import io.newsroom.quality.gold.GoldPage;

/**
 * Prints the articles of one newspaper page in the style of raw PDF extraction and writes down,
 * at the same time, what an editor would list: the gold annotation.
 */
public final class PageComposition {

    static final String PUBLICATION = "人民日报";
    private static final String[] CN_NUMBERS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
        "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十", "二十一", "二十二", "二十三", "二十四"};
    private static final String HEADING_END = "。！？；：，、”）…";

    private final PageStyle style;
    private final Random random;
    private final List<List<String>> blocks = new ArrayList<>();
    private final List<GoldArticle> gold = new ArrayList<>();

    PageComposition(PageStyle style, Random random) {
        this.style = style;
        this.random = random;
    }

    /** A page whose style is drawn from the same random source as its rendering choices. */
    public PageComposition(Random random) {
        this(PageStyle.random(random), random);
    }

    /** The page text and its gold annotation. */
    public record Composed(String text, GoldPage gold) {
    }

    public Composed compose(String pageName, LocalDate date, int pageNumber, List<SourceArticle> articles) {
        if (style.furniture()) {
            block(List.of(date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日  "
                    + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA), section(pageNumber)));
        }
        int boldArticle = -1;
        if (random.nextDouble() < style.boldArticle()) {
            boldArticle = random.nextInt(articles.size());
        }
        for (int i = 0; i < articles.size(); i++) {
            article(articles.get(i), i == boldArticle);
        }
        if (style.furniture() && random.nextDouble() < 0.5) {
            block(List.of("本版责编：" + NameMaker.name(random) + " " + NameMaker.name(random)));
        }
        String separator = style.gaps() == PageStyle.Gaps.NONE ? "\n" : "\n\n";
        List<String> rendered = new ArrayList<>();
        for (List<String> b : blocks) {
            rendered.add(String.join("\n", b));
        }
        List<String> sources = articles.stream().map(SourceArticle::file).toList();
        return new Composed(String.join(separator, rendered) + "\n",
                new GoldPage(pageName, PUBLICATION, sources, gold, null));
    }

    private void article(SourceArticle a, boolean bold) {
        List<String> paragraphs = new ArrayList<>(a.paragraphs());
        List<String> jumps = new ArrayList<>();
        boolean continued = paragraphs.size() >= 3 && random.nextDouble() < style.continued();
        boolean headlineAfter = !continued && random.nextDouble() < style.headlineAfter();
        boolean continuedWithHeadline = false;
        if (!continued && headlineAfter && paragraphs.size() >= 3 && random.nextDouble() < 0.3) {
            // As on the sample: a continued article whose headline comes after its body.
            continuedWithHeadline = true;
        }
        if (continued || continuedWithHeadline) {
            int drop = 1 + random.nextInt(Math.min(3, paragraphs.size() - 2));
            paragraphs.subList(0, drop).clear();
        }
        if (paragraphs.size() >= 3 && random.nextDouble() < style.jumpOut()) {
            int keep = 2 + random.nextInt(paragraphs.size() - 2);
            paragraphs.subList(keep, paragraphs.size()).clear();
            String page = random.nextBoolean() ? CN_NUMBERS[random.nextInt(8)] : String.valueOf(2 + random.nextInt(20));
            jumps.add("下转第" + page + "版");
        }
        String continuedFrom = "上接第" + CN_NUMBERS[random.nextInt(3)] + "版";

        List<String> authors = continued || continuedWithHeadline ? List.of() : new ArrayList<>(a.authors());
        String inlineByline = null;
        List<String> bylineBlock = null;
        if (!continued && !continuedWithHeadline) {
            if (authors.isEmpty() && random.nextDouble() < style.byline()) {
                int n = 1 + random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    authors.add(NameMaker.name(random));
                }
            }
            if (!authors.isEmpty() && !a.authorsInDateline()) {
                boolean dateline = !paragraphs.isEmpty() && paragraphs.get(0).matches("^\\S{0,24}电.*");
                int kind = random.nextInt(4);
                if (kind == 1 && !dateline) {
                    inlineByline = PUBLICATION + "讯（记者/" + String.join(" ", authors) + "）";
                } else {
                    bylineBlock = bylineLines(kind, authors);
                }
            }
        }

        List<String> headline = continued ? List.of() : headlineLines(a, bold);
        if (continued && random.nextBoolean()) {
            jumps.add(0, continuedFrom);
            block(List.of(random.nextBoolean() ? "（" + continuedFrom + "）" : "◀◀" + continuedFrom.replace("第", "").replace("版", "") + "版"));
        }
        if (!headlineAfter && !headline.isEmpty() && bylineBlock != null && style.gaps() == PageStyle.Gaps.EVERY_LINE) {
            // as on the sample page: a byline comes out set tight under the headline it belongs to
            List<String> headed = new ArrayList<>(headline);
            headed.addAll(bylineBlock);
            block(headed);
        } else {
            if (!headlineAfter && !headline.isEmpty()) {
                block(headline);
            }
            if (bylineBlock != null) {
                block(bylineBlock);
            }
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            boolean boldParagraph = bold || (i == 0 && random.nextDouble() < style.boldLead());
            if (isHeading(p)) {
                block(List.of(render(p, boldParagraph, false)));
            } else {
                body(i == 0 && inlineByline != null ? inlineByline + " " + p : p, boldParagraph);
            }
        }
        if (!jumps.isEmpty() && jumps.get(jumps.size() - 1).startsWith("下转")) {
            block(List.of("（" + jumps.get(jumps.size() - 1) + "）"));
        }
        if (!a.pageCredits().isEmpty()) {
            block(a.pageCredits());
        }
        if (headlineAfter) {
            if (continuedWithHeadline) {
                jumps.add(0, continuedFrom);
                block(List.of("◀◀" + continuedFrom.replace("第", "").replace("版", "") + "版"));
            }
            block(headline);
        }
        String subtitle = continued || a.subtitle() == null ? null : printedSubtitle(a.subtitle());
        gold.add(GoldArticle.full(continued ? null : a.kicker(), continued ? null : a.title(), subtitle,
                SourceArticle.withCredited(authors, paragraphs), String.join("\n\n", paragraphs), jumps));
    }

    private List<String> headlineLines(SourceArticle a, boolean boldArticle) {
        List<String> lines = new ArrayList<>();
        if (a.kicker() != null) {
            lines.add((random.nextDouble() < 0.2 ? " " : "") + a.kicker());
        }
        boolean bold = boldArticle || random.nextDouble() < style.boldHeadline();
        // A title is set on one line, its phrases spaced (送上新春祝福 共叙鱼水深情), as on the sample page: broken
        // over two plain-text lines it could not be told from a kicker over a title, since the type sizes are lost.
        lines.add(render(a.title(), bold, false));
        if (a.subtitle() != null) {
            lines.add(printedSubtitle(a.subtitle()));
        }
        return lines;
    }

    /**
     * A subtitle is printed after a dash, as on the sample page (——国资国企改革深化提升行动系列报道之八): without it a
     * title over its subtitle reads, in plain text, exactly like a kicker over a title.
     */
    static String printedSubtitle(String subtitle) {
        return subtitle.startsWith("—") ? subtitle : "——" + subtitle;
    }

    private List<String> bylineLines(int kind, List<String> authors) {
        String names = String.join(" ", authors);
        return switch (kind) {
            case 0 -> List.of("本报记者 " + (authors.size() == 1 && authors.get(0).length() == 2 && random.nextBoolean()
                    ? authors.get(0).charAt(0) + " " + authors.get(0).charAt(1) : names));
            case 2 -> List.of(PUBLICATION + "讯(记者/" + names + ")");
            default -> authors.size() > 1
                    ? List.of(PUBLICATION + "记者/" + String.join(" ", authors.subList(0, authors.size() - 1)),
                            "通讯员/" + authors.get(authors.size() - 1))
                    : List.of(PUBLICATION + "记者/" + names);
        };
    }

    /** A paragraph set in the column: wrapped, its lines spaced and maybe doubled. */
    private void body(String paragraph, boolean bold) {
        List<String> lines = new ArrayList<>();
        List<String> wrapped = Typesetter.wrap(paragraph, style.columns());
        for (int i = 0; i < wrapped.size(); i++) {
            String line = wrapped.get(i);
            // justification stretches full lines only: a paragraph's last line is set ragged, never spaced out
            boolean spaced = i + 1 < wrapped.size() && random.nextDouble() < style.letterSpacedLines();
            lines.add(render(line, bold, spaced));
        }
        if (style.gaps() == PageStyle.Gaps.EVERY_LINE) {
            lines.forEach(l -> block(List.of(l)));
        } else {
            block(lines);
        }
    }

    private String render(String line, boolean bold, boolean letterSpaced) {
        String out = Typesetter.spaceNumbers(line, style.numberSpacing(), random);
        if (letterSpaced) {
            out = Typesetter.letterSpaced(out);
        }
        return bold ? Typesetter.doubled(out, random) : out;
    }

    /** A section heading inside an article: short and without closing punctuation; set on its own line. */
    static boolean isHeading(String paragraph) {
        return paragraph.length() <= 24 && HEADING_END.indexOf(paragraph.charAt(paragraph.length() - 1)) < 0;
    }

    private void block(List<String> lines) {
        blocks.add(lines);
    }

    private static String section(int page) {
        String[] names = {"要闻", "要闻", "要闻", "要闻", "经济", "社会", "政治", "理论", "评论", "文化", "国际", "国际",
            "体育", "科技", "副刊", "生态", "视点", "综合", "教育", "健康", "法治", "民生", "地方", "专版"};
        return (page <= CN_NUMBERS.length ? CN_NUMBERS[page - 1] : String.valueOf(page)) + "版  " + names[(page - 1) % names.length];
    }
}

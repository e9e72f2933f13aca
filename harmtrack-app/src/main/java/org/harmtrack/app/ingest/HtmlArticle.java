package org.harmtrack.app.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmtrack.model.Document;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;


/**
 * A news article read from a web page: its main text, with navigation, comments, "related stories", share bars
 * and other boilerplate left out, and its metadata. The offsets harmtrack reports refer to the main text this
 * returns (paragraphs separated by a blank line).
 *
 * <p>How: elements that are never article text (scripts, navigation, headers, footers, asides, forms) and those
 * whose class or id says they are boilerplate are removed; the element whose direct paragraphs hold the most
 * text (a readability-style score: letters, plus a bonus per comma, minus link text) is the article body, and its
 * paragraphs, headings and list items are the text. Metadata, first found wins:
 * <ul>
 *   <li>title: {@code og:title}, JSON-LD {@code headline}, the first {@code h1}, {@code <title>};</li>
 *   <li>published: {@code article:published_time} and similar meta tags, JSON-LD {@code datePublished}, a
 *       {@code <time datetime>}, a date in the URL ({@code /2019/06/12/}, {@code 2019-06-12});</li>
 *   <li>publisher: {@code og:site_name}, JSON-LD {@code publisher.name}, {@code application-name};</li>
 *   <li>address: {@code <link rel=canonical>}, {@code og:url}, the address it was fetched from.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class HtmlArticle {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)comment|related|share|social|promo|newsletter"
            + "|sidebar|footer|header|nav|menu|advert|\\bads?\\b|\\bad-|cookie|subscribe|recommend|most-?read|popular"
            + "|breadcrumb|tags|caption|byline|author-bio|paywall|signup|outbrain|taboola");
    private static final Pattern URL_DATE = Pattern.compile("/(20\\d{2}|19\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|\\b)");
    private static final String[] DATE_META = {"meta[property=article:published_time]",
        "meta[name=article:published_time]", "meta[property=og:published_time]", "meta[name=pubdate]",
        "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=date]", "meta[name=dc.date.issued]",
        "meta[name=DC.date.issued]", "meta[name=dcterms.date]", "meta[name=sailthru.date]",
        "meta[itemprop=datePublished]"};

    private HtmlArticle() {
    }

    /**
     * Reads a page.
     *
     * @param id        the document id to give the article (a file name, an address)
     * @param html      the page's HTML
     * @param address   where the page was fetched from, or null
     * @throws IllegalArgumentException naming the page when it holds no article text
     */
    public static Document read(String id, String html, String address) {
        return read(id, Jsoup.parse(html, address == null ? "" : address), address);
    }

    /**
     * Reads a page from its bytes, in the charset given (an HTTP header's), else the one the page declares (a BOM
     * or a meta tag), else UTF-8.
     *
     * @throws IllegalArgumentException naming the page when it holds no article text
     */
    public static Document read(String id, byte[] html, String charset, String address) {
        try {
            return read(id, Jsoup.parse(new java.io.ByteArrayInputStream(html), charset, address == null ? ""
                    : address), address);
        } catch (java.io.IOException | java.nio.charset.IllegalCharsetNameException
                 | java.nio.charset.UnsupportedCharsetException e) {
            if (charset != null) {
                return read(id, html, null, address); // a mis-declared charset: let the page say
            }
            throw new IllegalArgumentException("cannot read the page " + id + ": " + e.getMessage(), e);
        }
    }

    private static Document read(String id, org.jsoup.nodes.Document page, String address) {
        List<JsonNode> linkedData = linkedData(page);
        String title = first(meta(page, "meta[property=og:title]"), ldText(linkedData, "headline"),
                text(page.selectFirst("h1")), page.title());
        String canonical = first(attr(page.selectFirst("link[rel=canonical]"), "abs:href"),
                meta(page, "meta[property=og:url]"), address);
        String publisher = first(meta(page, "meta[property=og:site_name]"), ldPublisher(linkedData),
                meta(page, "meta[name=application-name]"));
        LocalDate published = published(page, linkedData, canonical, address);
        String text = mainText(page);
        if (text.isBlank()) {
            throw new IllegalArgumentException("no article text found in the page " + id);
        }
        return new Document(id, text, published, blankToNull(title), blankToNull(canonical), blankToNull(publisher));
    }

    /** The article's paragraphs, joined by blank lines. */
    static String mainText(org.jsoup.nodes.Document page) {
        Element body = page.body();
        if (body == null) {
            return "";
        }
        body.select("script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, figure figcaption,"
                + " button, select, [aria-hidden=true], [role=navigation], [role=complementary]").remove();
        List<Element> boiler = new ArrayList<>();
        int pageText = body.text().length();
        for (Element e : body.getAllElements()) {
            String classes = e.className() + " " + e.id();
            if (e != body && !classes.isBlank() && BOILERPLATE.matcher(classes).find()
                    && !e.tagName().equals("article") && !classes.toLowerCase(Locale.ROOT).contains("article-body")
                    // a wrapper holding most of the page ("layout has-sidebar") is not boilerplate
                    && e.text().length() < pageText / 2) {
                boiler.add(e);
            }
        }
        boiler.forEach(Element::remove);
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : body.select("p")) {
            String t = p.text();
            if (t.length() < 25) {
                continue;
            }
            double linkText = p.select("a").text().length();
            double score = 1 + t.length() / 100.0 + t.split(",").length - 3 * (linkText / Math.max(1, t.length()));
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), score / 2, Double::sum);
                }
            }
        }
        Element best = scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(body);
        StringBuilder out = new StringBuilder();
        for (Element e : best.select("p, h2, h3, li, blockquote")) {
            if (insideBlock(e, best)) {
                continue; // nested in a block already taken
            }
            String t = e.text().strip();
            if (t.isEmpty() || (e.tagName().equals("li") && t.length() < 40)) {
                continue; // short list items are menus and tags, not text
            }
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(t);
        }
        return out.toString();
    }

    /** Whether an element lies inside a paragraph, list item or quotation below {@code top}. */
    private static boolean insideBlock(Element e, Element top) {
        for (Element a = e.parent(); a != null && a != top; a = a.parent()) {
            if (a.tagName().equals("p") || a.tagName().equals("li") || a.tagName().equals("blockquote")) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate published(org.jsoup.nodes.Document page, List<JsonNode> linkedData, String canonical,
                                       String address) {
        for (String selector : DATE_META) {
            LocalDate d = date(meta(page, selector));
            if (d != null) {
                return d;
            }
        }
        LocalDate d = date(ldText(linkedData, "datePublished"));
        if (d != null) {
            return d;
        }
        Element time = page.selectFirst("article time[datetime], time[datetime]");
        d = time == null ? null : date(time.attr("datetime"));
        if (d != null) {
            return d;
        }
        for (String url : new String[]{canonical, address}) {
            if (url != null) {
                Matcher m = URL_DATE.matcher(url);
                if (m.find()) {
                    try {
                        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                                Integer.parseInt(m.group(3)));
                    } catch (java.time.DateTimeException e) {
                        // not a date after all
                    }
                }
            }
        }
        return null;
    }

    /** A date from the forms pages use: ISO date or date-time (with or without zone), RFC 1123. */
    static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String v = s.strip();
        try {
            return OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException e) {
            // try the next form
        }
        if (v.length() >= 10 && v.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(v.substring(0, 10));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private static List<JsonNode> linkedData(org.jsoup.nodes.Document page) {
        List<JsonNode> out = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), out);
            } catch (java.io.IOException e) {
                // broken JSON-LD is common; the other metadata still counts
            }
        }
        return out;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out);
        }
    }

    private static String ldText(List<JsonNode> nodes, String field) {
        for (JsonNode n : nodes) {
            if (n.hasNonNull(field) && n.get(field).isTextual()) {
                return n.get(field).asText();
            }
        }
        return null;
    }

    private static String ldPublisher(List<JsonNode> nodes) {
        for (JsonNode n : nodes) {
            JsonNode p = n.get("publisher");
            if (p != null && p.hasNonNull("name")) {
                return p.get("name").asText();
            }
        }
        return null;
    }

    private static String meta(org.jsoup.nodes.Document page, String selector) {
        return attr(page.selectFirst(selector), "content");
    }

    private static String attr(Element e, String name) {
        return e == null ? null : blankToNull(e.attr(name));
    }

    private static String text(Element e) {
        return e == null ? null : blankToNull(e.text());
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

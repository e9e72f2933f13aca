package org.harmtrack.app.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.time.LocalDate;
import org.harmtrack.model.Document;
import org.junit.jupiter.api.Test;

/** Reading news pages the project wrote, with the boilerplate real sites carry around an article. */
class HtmlArticleTest {
    static final String ARTICLE = "<p>Warplanes struck the covered market of Kafr Nabl on Sunday morning, killing"
            + " at least nine people, among them three children, the local rescue service said.</p>"
            + "<p>Residents said the strike came as traders were opening their stalls, and that two buildings"
            + " collapsed onto the street, trapping shoppers under the rubble for hours.</p>"
            + "<p>No group claimed the attack. A monitor, citing its network of observers, put the toll at eleven.</p>";

    /** A page with navigation, a share bar, related stories, comments and a footer around the article. */
    static String page(String head, String address) {
        return "<!doctype html><html><head><meta charset=\"utf-8\">" + head + "<title>Nine killed in market strike |"
                + " The Idlib Ledger</title></head><body>"
                + "<header class=\"site-header\"><a href=\"/\">The Idlib Ledger</a><nav><ul><li><a href=\"/world\">World"
                + "</a></li><li><a href=\"/syria\">Syria</a></li></ul></nav></header>"
                + "<div class=\"share-bar\"><a href=\"#\">Share on social media, comment, and subscribe to our"
                + " newsletter today</a></div>"
                + "<main><article><h1>Nine killed in strike on Kafr Nabl market</h1>"
                + "<div class=\"byline\">By a staff reporter</div><div class=\"article-body\">" + ARTICLE
                + "</div></article>"
                + "<section class=\"related-stories\"><h2>Related</h2><p>Earlier this year, a clinic in a nearby"
                + " town was shelled, killing two nurses, according to its director.</p></section>"
                + "<section id=\"comments\"><p>Reader comment: this is terrible news, my thoughts are with the"
                + " families of everyone affected by it.</p></section></main>"
                + "<footer><p>Copyright The Idlib Ledger, all rights reserved, contact us for syndication.</p>"
                + "</footer><script>var tracking = 'killed 500 people';</script></body></html>";
    }

    @Test
    void theMainTextIsTheArticleWithoutNavigationCommentsOrRelatedStories() {
        Document d = HtmlArticle.read("p1", page("", null), null);
        assertTrue(d.text().startsWith("Warplanes struck the covered market of Kafr Nabl"), d.text());
        assertTrue(d.text().contains("put the toll at eleven."), d.text());
        assertEquals(3, d.text().split("\n\n").length, d.text());
        for (String boiler : new String[]{"clinic", "Reader comment", "Copyright", "subscribe", "Syria", "500"}) {
            assertFalse(d.text().contains(boiler), boiler + " in: " + d.text());
        }
        assertEquals("Nine killed in strike on Kafr Nabl market", d.title());
    }

    @Test
    void thePublicationDateComesFromEachKindOfMetadata() {
        assertEquals(LocalDate.of(2019, 6, 9), HtmlArticle.read("a", page("<meta property=\"article:published_time\""
                + " content=\"2019-06-09T08:30:00+03:00\">", null), null).published());
        assertEquals(LocalDate.of(2019, 6, 10), HtmlArticle.read("b", page("<script type=\"application/ld+json\">"
                + "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\",\"datePublished\":"
                + "\"2019-06-10T06:00:00Z\",\"publisher\":{\"name\":\"Ledger Media\"}}]}</script>", null), null)
                .published());
        String timed = page("", null).replace("<div class=\"byline\">", "<time datetime=\"2019-06-11\">11 June</time>"
                + "<div class=\"byline\">");
        assertEquals(LocalDate.of(2019, 6, 11), HtmlArticle.read("c", timed, null).published());
        assertEquals(LocalDate.of(2019, 6, 12), HtmlArticle.read("d", page("", null),
                "https://ledger.example/news/2019/06/12/market-strike").published());
        assertEquals(LocalDate.of(2019, 6, 13), HtmlArticle.read("e", page("<meta name=\"pubdate\""
                + " content=\"Thu, 13 Jun 2019 10:00:00 GMT\">", null), null).published());
        assertNull(HtmlArticle.read("f", page("", null), "https://ledger.example/news/market").published());
    }

    @Test
    void publisherAndCanonicalAddressComeFromTheHeadOrTheLinkedData() {
        Document d = HtmlArticle.read("p", page("<meta property=\"og:site_name\" content=\"The Idlib Ledger\">"
                + "<link rel=\"canonical\" href=\"/news/2019/06/09/market\">", "https://ledger.example/amp/x"),
                "https://ledger.example/amp/x");
        assertEquals("The Idlib Ledger", d.publisher());
        assertEquals("https://ledger.example/news/2019/06/09/market", d.url());
        assertEquals(LocalDate.of(2019, 6, 9), d.published());
        Document ld = HtmlArticle.read("q", page("<script type=\"application/ld+json\">[{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Market strike\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Ledger Media\"}}]"
                + "</script>", null), null);
        assertEquals("Ledger Media", ld.publisher());
        // broken linked data is ignored, not fatal
        assertEquals("p1", HtmlArticle.read("p1", page("<script type=\"application/ld+json\">{oops</script>", null),
                null).id());
    }

    @Test
    void aPageInAnotherCharsetIsDecodedAsItDeclaresAndEvenWhenMisdeclared() {
        String html = page("", null).replace("<meta charset=\"utf-8\">", "<meta charset=\"windows-1252\">")
                .replace("Kafr Nabl on Sunday", "Kafr Nabl caf\u00e9 on Sunday");
        byte[] bytes = html.getBytes(Charset.forName("windows-1252"));
        assertTrue(HtmlArticle.read("w", bytes, null, null).text().contains("caf\u00e9"));
        // a server that names a charset that does not exist: the page's own declaration is used
        assertTrue(HtmlArticle.read("w", bytes, "x-no-such-charset", null).text().contains("caf\u00e9"));
    }

    @Test
    void aPageWithNoArticleIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HtmlArticle.read("menu.html",
                "<html><body><nav><a href=\"/\">Home</a></nav></body></html>", null));
        assertEquals("no article text found in the page menu.html", e.getMessage());
    }
}

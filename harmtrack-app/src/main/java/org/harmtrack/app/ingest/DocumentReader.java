package org.harmtrack.app.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.harmtrack.model.Document;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads documents from files, one at a time, so memory stays constant whatever the input size:
 * <ul>
 *   <li>JSON Lines ({@code .jsonl}, {@code .ndjson}, {@code .json}, or {@code -} for standard input): one object a line
 *       with {@code id}, {@code text} and optional {@code published} (YYYY-MM-DD), {@code title}, {@code url},
 *       {@code publisher}; other fields are ignored;</li>
 *   <li>plain-text files: one document each, id = the file name; header lines at the very top
 *       ({@code published: 2018-05-04}, {@code title: ...}, {@code url: ...}, {@code publisher: ...}, up to a blank
 *       line) give its metadata and are not part of its text;</li>
 *   <li>web pages ({@code .html}, {@code .htm}): the article's main text and metadata ({@link HtmlArticle}),
 *       id = the file name;</li>
 *   <li>web archives ({@code .warc}, {@code .warc.gz}): each HTML page captured with status 200, id = its
 *       address;</li>
 *   <li>folders: their files of those kinds, in name order, recursively.</li>
 * </ul>
 * A document that gives no publication date gets the reader's default one ({@link #withDefaultPublished}), if set.
 * Input that cannot be a document (a malformed line, a binary file, text that is not UTF-8, a document over
 * {@link #MAX_DOCUMENT_CHARS}) is reported to the problem consumer with its file and line and skipped.
 * <p>Not thread-safe: one reader per run.
 */
public final class DocumentReader {
    /** Larger documents are refused: no news report is this long, and extraction time grows with length. */
    public static final int MAX_DOCUMENT_CHARS = 5_000_000;
    /** Trailing text after a line's object ("{...} junk") makes the line malformed, not half-read. */
    /** The longest first line taken for a document's title. */
    static final int HEADLINE_CHARS = 200;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** The metadata header lines a text file may open with ("published: 2018-05-04"). */
    private static final java.util.regex.Pattern HEADER_LINE = java.util.regex.Pattern.compile(
            "(?i)(published|title|url|publisher)[ \\t]*:[ \\t]*(\\S[^\\r\\n]*?)[ \\t]*\\r?(?:\\n|$)");
    private static final java.util.regex.Pattern BLANK_LINE = java.util.regex.Pattern.compile("[ \\t]*\\r?\\n");

    private final Consumer<InputProblem> problems;
    private LocalDate defaultPublished;
    /** The folder being read, so files in its subfolders get distinct ids ("a/index.html"), or null. */
    private Path folder;
    /** Where unparsed pages go ({@link #withPages}), or null to parse them here. */
    private Consumer<Page> pages;

    public DocumentReader(Consumer<InputProblem> problems) {
        this.problems = problems;
    }

    /**
     * Gives documents without a publication date this one (a user's {@code --published}); null for none.
     *
     * @return this reader
     */
    public DocumentReader withDefaultPublished(LocalDate published) {
        this.defaultPublished = published;
        return this;
    }

    /**
     * Hands web pages (HTML files, WARC records) to {@code pages} unparsed, their bytes read, instead of parsing
     * them here and giving their documents to the sink: parsing a page costs more than reading it, and the caller
     * can then do it on other threads ({@link Page#read}). Other documents still go to the sink.
     *
     * @return this reader
     */
    public DocumentReader withPages(Consumer<Page> pages) {
        this.pages = pages;
        return this;
    }

    /** Calls {@code sink} with each document of each path, in order. */
    public void read(List<Path> paths, InputStream stdin, Consumer<Document> sink) {
        readAll(paths, stdin, doc -> sink.accept(dated(doc)));
    }

    private Document dated(Document doc) {
        return doc.published() != null || defaultPublished == null ? doc : new Document(doc.id(), doc.text(),
                defaultPublished, doc.title(), doc.url(), doc.publisher());
    }

    /**
     * A web page whose bytes are read and whose parsing is left to the caller ({@link #withPages}).
     *
     * @param id    the document id it will have
     * @param where the file, or the archive and record, for messages
     * @param parse reads the page into a document (may throw IllegalArgumentException for a page with no text)
     */
    public record Page(String id, String where, java.util.function.Supplier<Document> parse) {
        /** The page's document, or null after telling {@code problems} why there is none. Thread-safe. */
        public Document read(Consumer<InputProblem> problems) {
            Document doc;
            try {
                doc = parse.get();
            } catch (IllegalArgumentException e) {
                problems.accept(new InputProblem(where, e.getMessage()));
                return null;
            }
            if (doc.text().length() > MAX_DOCUMENT_CHARS) {
                problems.accept(new InputProblem(where, "article of " + doc.text().length()
                        + " characters is over the limit of " + MAX_DOCUMENT_CHARS));
                return null;
            }
            return doc;
        }
    }

    private void readAll(List<Path> paths, InputStream stdin, Consumer<Document> sink) {
        for (Path path : paths) {
            if (path.toString().equals("-")) {
                readJsonLines("<stdin>", stdin, sink);
            } else if (Files.isDirectory(path)) {
                folder = path;
                try {
                    for (Path file : filesIn(path)) {
                        readFile(file, sink);
                    }
                } finally {
                    folder = null;
                }
            } else if (Files.isRegularFile(path)) {
                readFile(path, sink);
            } else {
                problems.accept(new InputProblem(path.toString(), "no such file or folder"));
            }
        }
    }

    /**
     * The files of a folder, recursively, in name order; hidden ones left out. A subfolder or file that cannot be
     * read, and a link that leads nowhere, are named and passed over: the rest of the folder is still read.
     */
    private List<Path> filesIn(Path folder) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path file,
                                                               java.nio.file.attribute.BasicFileAttributes attrs) {
                    if (file.getFileName().toString().startsWith(".")) {
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }
                    if (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file)) {
                        files.add(file);
                    } else if (attrs.isSymbolicLink() && !Files.exists(file)) {
                        problems.accept(new InputProblem(file.toString(), "link to a file that does not exist"));
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.accept(new InputProblem(file.toString(), "could not read: "
                            + (e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.toString())));
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.accept(new InputProblem(folder.toString(), "could not list folder: " + e.getMessage()));
        }
        files.sort(null);
        return files;
    }

    private void readFile(Path file, Consumer<Document> sink) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            long size = Files.size(file);
            if (!isWarc(name) && !isJsonLines(name) && size > MAX_DOCUMENT_CHARS * 4L) {
                problems.accept(new InputProblem(file.toString(), "file of " + size
                        + " bytes is larger than a document may be"));
                return;
            }
            if (isWarc(name)) {
                try (WarcReader warc = new WarcReader(file)) { // a file channel reads faster than a stream
                    readWarc(file.toString(), warc, doc -> sink.accept(dated(doc)));
                }
                return;
            }
            try (InputStream in = Files.newInputStream(file)) {
                readStream(file.toString(), idOf(file), in, sink);
            }
        } catch (IOException e) {
            problems.accept(new InputProblem(file.toString(), "could not read: " + e.getMessage()));
        }
    }

    private static boolean isWarc(String name) {
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    private static boolean isJsonLines(String name) {
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json");
    }

    /**
     * Reads one file's documents from a stream, by the file's name as {@link #read} does for a path: JSON Lines,
     * an HTML page, a WARC archive (gzipped or not) or plain text; what cannot be read is told to the problems.
     * For readers of other file systems (HDFS, S3) than the local one.
     *
     * @param where the file's name or address, whose ending tells its kind, for messages
     * @param id    the id of the document a page or text file gives (WARC records and JSON Lines bring their own)
     * @throws IOException if the stream fails
     */
    public void readStream(String where, String id, InputStream in, Consumer<Document> sink) throws IOException {
        String name = where.toLowerCase(Locale.ROOT);
        if (isJsonLines(name)) {
            readJsonLines(where, in, doc -> sink.accept(dated(doc)));
        } else if (name.endsWith(".html") || name.endsWith(".htm")) {
            byte[] bytes = readTextBytes(where, in);
            if (bytes != null) {
                acceptPage(where, id, () -> HtmlArticle.read(id, bytes, null, null), doc -> sink.accept(dated(doc)));
            }
        } else if (isWarc(name)) {
            try (WarcReader warc = new WarcReader(in)) {
                readWarc(where, warc, doc -> sink.accept(dated(doc)));
            }
        } else {
            readTextFile(where, id, in, doc -> sink.accept(dated(doc)));
        }
    }

    /**
     * The HTML pages a WARC file (or .warc.gz) holds: each successful (200) response whose payload is HTML, id =
     * its address, publication date from the page or else the capture's date. Other records are passed over.
     */
    private void readWarc(String file, WarcReader warc, Consumer<Document> sink) throws IOException {
        int records = 0;
        try {
            for (WarcRecord record : warc) {
                records++;
                if (!(record instanceof WarcResponse response)) {
                    continue;
                }
                String where = file + " record " + response.target();
                try {
                    HttpResponse http = response.http();
                    if (http.status() != 200 || !http.contentType().base().equals(MediaType.HTML)) {
                        continue;
                    }
                    if (http.body().size() > MAX_DOCUMENT_CHARS * 4L) {
                        problems.accept(new InputProblem(where, "page of " + http.body().size()
                                + " bytes is larger than a document may be"));
                        continue;
                    }
                    // gzip and chunking undone, but never past a document's size: a body that inflates to
                    // gigabytes is named and passed over, not read into memory
                    long limit = MAX_DOCUMENT_CHARS * 4L;
                    byte[] bytes = http.bodyDecoded().stream().readNBytes((int) limit + 1);
                    if (bytes.length > limit) {
                        problems.accept(new InputProblem(where, "page inflates to more than " + limit
                                + " bytes, larger than a document may be"));
                        continue;
                    }
                    String charset = http.contentType().parameters().get("charset");
                    java.time.LocalDate captured = response.date().atZone(java.time.ZoneOffset.UTC).toLocalDate();
                    String target = response.target();
                    acceptPage(where, target, () -> {
                        Document d = HtmlArticle.read(target, bytes, charset, target);
                        return d.published() != null ? d : new Document(d.id(), d.text(), captured, d.title(),
                                d.url(), d.publisher());
                    }, sink);
                } catch (IOException | RuntimeException e) {
                    problems.accept(new InputProblem(where, "could not read the record: " + e.getMessage()));
                }
            }
        } catch (java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // the archive ends in the middle of a record, or is not a WARC: what came before is kept
            problems.accept(new InputProblem(file, "archive damaged or cut off after " + records
                    + " records: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage())));
        }
    }

    private void acceptPage(String where, String id, java.util.function.Supplier<Document> read,
                            Consumer<Document> sink) {
        if (pages != null) {
            pages.accept(new Page(id, where, () -> dated(read.get())));
            return;
        }
        Document doc = new Page(id, where, read).read(problems);
        if (doc != null) {
            sink.accept(doc);
        }
    }

    /**
     * A file's document id: its name, or, inside a folder being read, its path below that folder with '/'
     * separators, so "a/index.html" and "b/index.html" stay two documents.
     */
    private String idOf(Path file) {
        if (folder == null) {
            return file.getFileName().toString();
        }
        return folder.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    /** The file's bytes, or null (reported) when it is too large to be a document or binary. */
    private byte[] readTextBytes(String file, InputStream in) throws IOException {
        long limit = MAX_DOCUMENT_CHARS * 4L;
        byte[] bytes = in.readNBytes((int) limit + 1);
        if (bytes.length > limit) {
            problems.accept(new InputProblem(file, "file of more than " + limit
                    + " bytes is larger than a document may be"));
            return null;
        }
        String problem = EncodedText.isUtf16(bytes) ? null : binaryProblem(bytes);
        if (problem != null) {
            problems.accept(new InputProblem(file, problem));
            return null;
        }
        return bytes;
    }

    private void readTextFile(String file, String fileId, InputStream in, Consumer<Document> sink) throws IOException {
        byte[] bytes = readTextBytes(file, in);
        if (bytes == null) {
            return;
        }
        String text;
        try {
            text = EncodedText.decode(bytes);
        } catch (CharacterCodingException e) {
            problems.accept(new InputProblem(file, (EncodedText.isUtf16(bytes) ? "not valid UTF-16 text"
                    : "not valid UTF-8 text") + " (convert it to UTF-8 first)"));
            return;
        }
        if (text.length() > MAX_DOCUMENT_CHARS) {
            problems.accept(new InputProblem(file, "document of " + text.length() + " characters is over the limit of "
                    + MAX_DOCUMENT_CHARS));
            return;
        }
        String id = fileId.replaceFirst("\\.(txt|text|md)$", "");
        sink.accept(withHeader(file, id, text));
    }

    /**
     * A text file's document: metadata lines at its top ("published: 2018-05-04", "title: ...") up to the first
     * other line, then one blank line, are taken as metadata and left out of the text.
     */
    private Document withHeader(String where, String id, String text) {
        java.util.Map<String, String> header = new java.util.HashMap<>();
        int at = 0;
        java.util.regex.Matcher m = HEADER_LINE.matcher(text);
        while (at < text.length() && m.region(at, text.length()).lookingAt()) {
            header.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
            at = m.end();
        }
        if (header.isEmpty()) {
            return new Document(id, text, null, headline(text), null, null);
        }
        java.util.regex.Matcher blank = BLANK_LINE.matcher(text);
        if (blank.region(at, text.length()).lookingAt()) {
            at = blank.end();
        }
        LocalDate date = publishedDate(where, id, "the published: line", header.get("published"));
        String body = text.substring(at);
        return new Document(id, body, date, header.getOrDefault("title", headline(body)), header.get("url"),
                header.get("publisher"));
    }

    /**
     * Calls {@code sink} with each document of a JSON Lines stream; problems are reported as {@code input:line}.
     * The stream is not closed.
     *
     * @throws UncheckedIOException if the stream cannot be read
     */
    public void readJsonLines(String input, InputStream in, Consumer<Document> sink) {
        int lineNo = 0;
        try {
            EncodedText.Lines lines = new EncodedText.Lines(in);
            EncodedText.Line line;
            while ((line = lines.next()) != null) {
                lineNo = line.number();
                String where = input + ":" + lineNo;
                if (line.text() == null) {
                    problems.accept(new InputProblem(where, "not valid UTF-8 (line skipped; convert the file to UTF-8)"));
                    continue;
                }
                if (line.text().isBlank()) {
                    continue;
                }
                Document doc = parseLine(where, line.text());
                if (doc != null) {
                    sink.accept(doc);
                }
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            problems.accept(new InputProblem(input + ":" + (lineNo + 1), "not valid UTF-16 after line " + lineNo
                    + " (the rest of the file is skipped)"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + input + " after line " + lineNo, e);
        }
    }

    private Document parseLine(String where, String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            problems.accept(new InputProblem(where, "not a JSON object: " + firstLine(e.getMessage())));
            return null;
        }
        if (node == null || !node.isObject()) {
            problems.accept(new InputProblem(where, "not a JSON object"));
            return null;
        }
        JsonNode id = node.get("id");
        JsonNode text = node.get("text");
        if (id == null || id.isNull() || id.asText().isBlank()) {
            problems.accept(new InputProblem(where, "missing \"id\""));
            return null;
        }
        if (text == null || !text.isTextual()) {
            problems.accept(new InputProblem(where, "document " + id.asText() + " has no string \"text\""));
            return null;
        }
        if (text.asText().length() > MAX_DOCUMENT_CHARS) {
            problems.accept(new InputProblem(where, "document " + id.asText() + " is over the limit of "
                    + MAX_DOCUMENT_CHARS + " characters"));
            return null;
        }
        LocalDate published = publishedDate(where, id.asText(), "\"published\"", optional(node, "published"));
        String title = optional(node, "title");
        return new Document(id.asText(), text.asText(), published, title != null ? title : headline(text.asText()),
                optional(node, "url"), optional(node, "publisher"));
    }

    /**
     * The title a document without one shows under: its first line of three words or more (a lone label such as
     * "English" or "News" is passed over), among its first three lines, when that is a headline's length (at most
     * {@value #HEADLINE_CHARS} characters), so lists and pages name the report rather than its id; null otherwise.
     */
    static String headline(String text) {
        int at = 0;
        for (int line = 0; line < 3 && at < text.length(); ) {
            int end = text.indexOf('\n', at);
            String candidate = text.substring(at, end < 0 ? text.length() : end).strip();
            at = end < 0 ? text.length() : end + 1;
            if (candidate.isEmpty()) {
                continue;
            }
            line++;
            if (candidate.split("\\s+").length >= 3) {
                return candidate.length() > HEADLINE_CHARS ? null : candidate;
            }
        }
        return null;
    }

    /** A publication date given as YYYY-MM-DD (a longer timestamp is cut to its day); a bad one is told and ignored. */
    private LocalDate publishedDate(String where, String id, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            problems.accept(new InputProblem(where, "document " + id + ": " + field + " is not a YYYY-MM-DD date: "
                    + value + " (ignored)", false));
            return null;
        }
    }

    private static String optional(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Why bytes are not text, or null: NUL bytes or mostly control characters mean a binary file. */
    static String binaryProblem(byte[] bytes) {
        int controls = 0;
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return "binary file (contains NUL bytes), not text";
            }
            if (b < 9 || (b > 13 && b < 32)) {
                controls++;
            }
        }
        return n > 0 && controls * 10 > n ? "binary file (mostly control bytes), not text" : null;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}

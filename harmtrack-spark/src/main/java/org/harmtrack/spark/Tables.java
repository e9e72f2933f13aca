package org.harmtrack.spark;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.harmtrack.app.output.ExtractionJson;
import org.harmtrack.app.output.IncidentJson;
import org.harmtrack.link.Incident;
import org.harmtrack.link.IncidentSummary;
import org.harmtrack.model.Aggregate;
import org.harmtrack.model.Document;
import org.harmtrack.model.Event;

/**
 * The job's Parquet output, one folder a table under the output folder, partitioned by {@code year} and
 * {@code month} (of the event's first day, the article's publication, the incident's first day; undated rows
 * under Spark's default partition). Rows are made with the same JSON writers as {@code harmtrack extract} and
 * {@code harmtrack link}, so the columns carry the extract output contract's field names and nesting:
 * <ul>
 *   <li>{@code articles}: id, url, title, publisher, published, language, chars, input, events, aggregates;</li>
 *   <li>{@code events}: article_id, event_no (from 1) and the contract's event fields;</li>
 *   <li>{@code figures}: article_id, event_no, figure_no and the contract's figure fields, one row a claim;</li>
 *   <li>{@code aggregates}: article_id, aggregate_no and the contract's aggregate fields;</li>
 *   <li>{@code incidents}: {@code harmtrack link}'s incident (reconciled figures with every claim, grades);</li>
 *   <li>{@code problems}: input, problem (not partitioned).</li>
 * </ul>
 * The row builders are pure and run on the executors.
 */
final class Tables {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final SparkSession spark;
    private final String output;

    Tables(SparkSession spark, String output) {
        this.spark = spark;
        this.output = output.endsWith("/") ? output : output + "/";
    }

    /** Writes one table from its rows as JSON; returns the rows written. */
    long write(String table, JavaRDD<String> rows, boolean partitioned) {
        // the rows are made once: the columns are read off all of them (no field is lost to a sample), then written
        JavaRDD<String> kept = rows.persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            return write(table, kept, spark.read().json(spark.createDataset(kept.rdd(), Encoders.STRING())),
                    partitioned);
        } finally {
            kept.unpersist(false);
        }
    }

    private long write(String table, JavaRDD<String> rows, Dataset<Row> frame, boolean partitioned) {
        long count = rows.count();
        if (count == 0) {
            return 0;
        }
        var writer = frame.write().mode(SaveMode.Overwrite);
        if (partitioned) {
            // each month's rows gathered first: one file a month, not one a month from every task
            writer = frame.repartition(frame.col("year"), frame.col("month")).write().mode(SaveMode.Overwrite)
                    .partitionBy("year", "month");
        }
        writer.parquet(output + table);
        return count;
    }

    static String article(ExtractedDocument d) {
        Document doc = d.document();
        ObjectNode n = JSON.objectNode();
        n.put("id", doc.id()).put("url", doc.url()).put("title", doc.title()).put("publisher", doc.publisher())
                .put("published", doc.published() == null ? null : doc.published().toString())
                .put("language", d.language()).put("chars", doc.text().length()).put("input", d.input())
                .put("events", d.extraction().events().size()).put("aggregates", d.extraction().aggregates().size());
        return yearMonth(n, doc.published()).toString();
    }

    static List<String> events(ExtractedDocument d) {
        List<String> rows = new ArrayList<>();
        List<Event> events = d.extraction().events();
        for (int i = 0; i < events.size(); i++) {
            ObjectNode n = JSON.objectNode().put("article_id", d.document().id()).put("event_no", i + 1);
            n.setAll(ExtractionJson.event(events.get(i)));
            rows.add(yearMonth(n, start(events.get(i))).toString());
        }
        return rows;
    }

    static List<String> figures(ExtractedDocument d) {
        List<String> rows = new ArrayList<>();
        List<Event> events = d.extraction().events();
        for (int i = 0; i < events.size(); i++) {
            List<org.harmtrack.model.Figure> figures = events.get(i).figures();
            for (int f = 0; f < figures.size(); f++) {
                ObjectNode n = JSON.objectNode().put("article_id", d.document().id()).put("event_no", i + 1)
                        .put("figure_no", f + 1);
                n.setAll(ExtractionJson.figure(figures.get(f)));
                rows.add(yearMonth(n, start(events.get(i))).toString());
            }
        }
        return rows;
    }

    static List<String> aggregates(ExtractedDocument d) {
        List<String> rows = new ArrayList<>();
        List<Aggregate> aggregates = d.extraction().aggregates();
        for (int i = 0; i < aggregates.size(); i++) {
            Aggregate a = aggregates.get(i);
            ObjectNode n = JSON.objectNode().put("article_id", d.document().id()).put("aggregate_no", i + 1);
            n.setAll(ExtractionJson.aggregate(a));
            rows.add(yearMonth(n, a.period() == null ? null : a.period().start()).toString());
        }
        return rows;
    }

    static String incident(Incident incident) {
        IncidentSummary s = IncidentSummary.of(incident);
        return yearMonth(IncidentJson.node(s, null), s.dateStart()).toString();
    }

    static String problem(ExtractedDocument d) {
        return JSON.objectNode().put("input", d.input()).put("problem", d.problem()).toString();
    }

    private static LocalDate start(Event e) {
        return e.date() == null ? null : e.date().start();
    }

    private static ObjectNode yearMonth(ObjectNode n, LocalDate day) {
        if (day == null) {
            n.putNull("year");
            n.putNull("month");
        } else {
            n.put("year", day.getYear()).put("month", day.getMonthValue());
        }
        return n;
    }
}

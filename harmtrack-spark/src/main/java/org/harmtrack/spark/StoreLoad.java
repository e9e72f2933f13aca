package org.harmtrack.spark;

import java.io.PrintWriter;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.harmtrack.app.cli.Databases;
import org.harmtrack.link.Incident;
import org.harmtrack.model.Document;
import org.harmtrack.model.Extraction;
import org.harmtrack.store.IncidentStore;
import org.harmtrack.store.IngestOutcome;
import org.harmtrack.store.PostgresIncidentStore;
import scala.Tuple2;

/**
 * Loads what the job made into a harmtrack store (PostgreSQL for a team, or an embedded folder): every document
 * with its events, each event filed under the incident the job linked it into ({@link IncidentStore#ingestLinked}),
 * through the store's own schema and migrations, so {@code harmtrack serve --db} serves it, search included (a
 * server's search index is rebuilt from the database when it finds it behind). Documents stream from the
 * executors to the driver in batches; each batch is one transaction, so a load that stops keeps whole batches
 * and can be run again (unchanged documents are passed over).
 */
final class StoreLoad {
    /** Documents a transaction. */
    static final int BATCH = 500;

    /** A document with the incident of each of its reports. */
    record Unit(Document document, Extraction extraction, Map<String, String> incidentOf) implements Serializable {
    }

    /** What the load did. */
    record Loaded(long stored, long unchanged, long failed) {
    }

    private StoreLoad() {
    }

    /**
     * The documents to load with their reports' incidents: every document, or ({@code all} false) those that tell
     * of an event or an aggregate, most of a news crawl telling of neither.
     */
    static JavaRDD<Unit> units(JavaRDD<ExtractedDocument> all, JavaRDD<Incident> incidents, boolean everyDocument) {
        JavaRDD<ExtractedDocument> docs = everyDocument ? all : all.filter(d -> !d.extraction().events().isEmpty()
                || !d.extraction().aggregates().isEmpty());
        var assigned = incidents.flatMapToPair(i -> i.events().stream()
                .map(r -> new Tuple2<>(r.documentId(), new Tuple2<>(r.key(), i.id()))).iterator());
        return docs.mapToPair(d -> new Tuple2<>(d.document().id(), d)).cogroup(assigned).flatMap(joined -> {
            Map<String, String> incidentOf = new HashMap<>();
            joined._2()._2().forEach(a -> incidentOf.put(a._1(), a._2()));
            List<Unit> units = new ArrayList<>(1);
            joined._2()._1().forEach(d -> units.add(new Unit(d.document(), d.extraction(), incidentOf)));
            return units.iterator();
        });
    }

    static Loaded load(String db, Iterator<Unit> units, PrintWriter err) {
        long stored = 0;
        long unchanged = 0;
        long failed = 0;
        java.nio.file.Path scratch = null;
        IncidentStore opened;
        if (db.startsWith("jdbc:postgresql:")) {
            // the serving machine rebuilds its own search index from the database; the one written while loading
            // is scratch, not left in the working folder
            try {
                scratch = java.nio.file.Files.createTempDirectory("harmtrack-load-search");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("could not make a scratch folder for the load", e);
            }
            opened = PostgresIncidentStore.open(db, System.getenv("HARMTRACK_DB_USER"),
                    System.getenv("HARMTRACK_DB_PASSWORD"), scratch);
        } else {
            opened = Databases.openOrCreate(db);
        }
        try (IncidentStore store = opened) {
            List<Document> docs = new ArrayList<>(BATCH);
            List<Extraction> extractions = new ArrayList<>(BATCH);
            Map<String, String> incidentOf = new HashMap<>();
            while (units.hasNext() || !docs.isEmpty()) {
                if (units.hasNext() && docs.size() < BATCH) {
                    Unit u = units.next();
                    docs.add(u.document());
                    extractions.add(u.extraction());
                    incidentOf.putAll(u.incidentOf());
                    continue;
                }
                List<IngestOutcome> outcomes;
                try {
                    outcomes = store.ingestLinked(docs, extractions, incidentOf);
                } catch (RuntimeException batchFailed) {
                    // one at a time, so the document that fails is named and the others are kept
                    outcomes = new ArrayList<>();
                    for (int i = 0; i < docs.size(); i++) {
                        try {
                            outcomes.addAll(store.ingestLinked(List.of(docs.get(i)), List.of(extractions.get(i)),
                                    incidentOf));
                        } catch (RuntimeException e) {
                            failed++;
                            err.println("harmtrack spark: could not store document " + docs.get(i).id() + ": "
                                    + e.getMessage());
                        }
                    }
                }
                for (IngestOutcome o : outcomes) {
                    if (o == IngestOutcome.STORED || o == IngestOutcome.UPDATED) {
                        stored++;
                    } else {
                        unchanged++;
                    }
                }
                err.printf("harmtrack spark: loaded %,d documents%n", stored + unchanged + failed);
                err.flush();
                docs.clear();
                extractions.clear();
                incidentOf.clear();
            }
        }
        if (scratch != null) {
            try {
                org.harmtrack.app.bench.Folders.deleteTree(scratch);
            } catch (java.io.IOException e) {
                // a scratch folder left in the temporary folder is harmless
            }
        }
        return new Loaded(stored, unchanged, failed);
    }
}

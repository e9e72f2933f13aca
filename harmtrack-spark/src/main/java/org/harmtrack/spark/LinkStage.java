package org.harmtrack.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.harmtrack.link.Incident;
import org.harmtrack.link.ReportedEvent;
import scala.Tuple2;

/**
 * Links the corpus's reports into incidents on the cluster ({@link DayPartitions}): each partition of days is
 * linked on an executor; the few labels that share a report are joined on the driver; the final groups are made
 * into incidents on the executors. Incident ids are those the store gives (the earliest report's), so a run on
 * the same input gives the same ids.
 */
final class LinkStage {
    /** A report's group in one partition, and whether that partition is its home. */
    record ViewLabel(String key, String label, boolean home) implements Serializable {
    }

    private LinkStage() {
    }

    static JavaRDD<Incident> link(JavaSparkContext jsc, JavaRDD<ReportedEvent> reports, DayPartitions days) {
        JavaRDD<ViewLabel> labels = reports.filter(r -> !DayPartitions.alone(r))
                .flatMapToPair(r -> days.views(r).stream().map(v -> new Tuple2<>(v, r)).iterator())
                .groupByKey()
                .flatMap(view -> {
                    List<ReportedEvent> members = new ArrayList<>();
                    view._2().forEach(members::add);
                    Map<String, String> labelOf = DayPartitions.link(view._1(), members);
                    return members.stream().map(r -> new ViewLabel(r.key(), labelOf.get(r.key()),
                            days.home(r) == view._1())).iterator();
                })
                .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK_SER());
        // labels that hold one report are one group: few (reports near a partition's edge), joined here
        List<Tuple2<String, String>> joins = labels.mapToPair(l -> new Tuple2<>(l.key(), l.label())).groupByKey()
                .flatMap(byReport -> {
                    List<Tuple2<String, String>> pairs = new ArrayList<>();
                    String first = null;
                    for (String label : byReport._2()) {
                        if (first == null) {
                            first = label;
                        } else if (!first.equals(label)) {
                            pairs.add(new Tuple2<>(first, label));
                        }
                    }
                    return pairs.iterator();
                }).distinct().collect();
        DayPartitions.Stitch stitch = new DayPartitions.Stitch();
        joins.forEach(j -> stitch.join(j._1(), j._2()));
        Broadcast<Map<String, String>> roots = jsc.broadcast(stitch.roots());
        JavaPairRDD<String, String> groupOf = labels.filter(ViewLabel::home)
                .mapToPair(l -> new Tuple2<>(l.key(), roots.value().getOrDefault(l.label(), l.label())));
        JavaPairRDD<String, ReportedEvent> byKey = reports.mapToPair(r -> new Tuple2<>(r.key(), r));
        JavaPairRDD<String, ReportedEvent> grouped = byKey.join(groupOf)
                .mapToPair(joined -> new Tuple2<>(joined._2()._2(), joined._2()._1()))
                .union(reports.filter(DayPartitions::alone).mapToPair(r -> new Tuple2<>("alone/" + r.key(), r)));
        JavaRDD<Incident> incidents = grouped.groupByKey().map(group -> {
            List<ReportedEvent> members = new ArrayList<>();
            group._2().forEach(members::add);
            return DayPartitions.incident(members);
        });
        return incidents;
    }
}

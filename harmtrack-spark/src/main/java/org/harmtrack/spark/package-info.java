/**
 * harmtrack on Apache Spark: the batch job ({@link org.harmtrack.spark.SparkMain}) that reads a corpus from any
 * Hadoop file system, extracts on the executors with the single-machine readers and extractor, writes Parquet
 * tables, links reports into incidents by partitions of days ({@link org.harmtrack.spark.DayPartitions}) and loads
 * a harmtrack store; and its benchmark ({@link org.harmtrack.spark.SparkBench}). Everything the executors run is a
 * pure function of its input and the per-JVM resources, so tasks can be retried.
 */
package org.harmtrack.spark;

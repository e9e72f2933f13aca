/**
 * The benchmarks behind {@code harmtrack bench}, {@code bench-ingest}, {@code bench-api} and {@code bench-strike}:
 * throughput and memory measured on a synthetic or given corpus, never by timed tests.
 */
package org.harmtrack.app.bench;

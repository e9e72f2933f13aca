/**
 * Linking the events of many reports into incidents: which reports tell of the same strike. Pure functions of
 * their input; every class here is immutable and safe to share between threads.
 */
package org.harmtrack.link;

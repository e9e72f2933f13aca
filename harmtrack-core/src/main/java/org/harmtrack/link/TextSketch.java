package org.harmtrack.link;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small fingerprint of a text that survives light editing, to recognise copies of one agency story printed by
 * several outlets: the {@value #SIZE} smallest hashes of its word 4-grams (a bottom-k MinHash sketch). The share
 * of hashes two sketches have in common among the smallest of their union estimates the texts' resemblance
 * (Jaccard similarity of their 4-gram sets). Stateless.
 */
public final class TextSketch {
    /** How many hashes a sketch keeps. */
    public static final int SIZE = 64;
    /** The resemblance from which two texts are taken for copies of one story. */
    public static final double COPY = 0.5;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int SHINGLE = 4;

    private TextSketch() {
    }

    /**
     * The sketch of a text; empty when it has fewer than four words. A 4-gram's hash is that of its words joined by
     * spaces ({@link String#hashCode}, the value sketches stored by earlier versions hold), combined from the
     * words' own hashes rather than by building the joined string: h(x + y) = h(x) * 31^|y| + h(y).
     */
    public static Set<Integer> of(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher m = WORD.matcher(lower);
        int[] wordHash = new int[64];
        int[] wordPower = new int[64]; // 31 to the word's length
        int words = 0;
        while (m.find()) {
            if (words == wordHash.length) {
                wordHash = Arrays.copyOf(wordHash, words * 2);
                wordPower = Arrays.copyOf(wordPower, words * 2);
            }
            int h = 0;
            int power = 1;
            for (int i = m.start(); i < m.end(); i++) {
                h = 31 * h + lower.charAt(i);
                power *= 31;
            }
            wordHash[words] = h;
            wordPower[words] = power;
            words++;
        }
        TreeSet<Integer> smallest = new TreeSet<>();
        if (words < SHINGLE) {
            return smallest;
        }
        int[] shingles = new int[words - SHINGLE + 1];
        for (int i = 0; i < shingles.length; i++) {
            int h = wordHash[i];
            for (int k = 1; k < SHINGLE; k++) {
                h = (31 * h + ' ') * wordPower[i + k] + wordHash[i + k];
            }
            shingles[i] = mix(h);
        }
        Arrays.sort(shingles);
        for (int i = 0; i < shingles.length && smallest.size() < SIZE; i++) {
            smallest.add(shingles[i]);
        }
        return smallest;
    }

    /** The estimated resemblance of the texts behind two sketches, 0 to 1; 0 when either is empty. */
    public static double resemblance(Set<Integer> a, Set<Integer> b) {
        return resemblance(sorted(a), sorted(b));
    }

    /** A sketch's hashes in ascending order, the form {@link #resemblance(int[], int[])} compares fastest. */
    public static int[] sorted(Set<Integer> sketch) {
        int[] hashes = new int[sketch.size()];
        int i = 0;
        for (int h : sketch) {
            hashes[i++] = h;
        }
        Arrays.sort(hashes);
        return hashes;
    }

    /**
     * The estimated resemblance of two sketches given as ascending hashes ({@link #sorted}): the share of the
     * smallest k hashes of their union held by both, k being the smaller sketch's size (at most {@value #SIZE}).
     * A merge of the two arrays, without allocating.
     */
    public static double resemblance(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int k = Math.min(SIZE, Math.min(a.length, b.length));
        int shared = 0;
        int i = 0;
        int j = 0;
        for (int seen = 0; seen < k && (i < a.length || j < b.length); seen++) {
            if (j == b.length || (i < a.length && a[i] < b[j])) {
                i++;
            } else if (i == a.length || b[j] < a[i]) {
                j++;
            } else {
                shared++;
                i++;
                j++;
            }
        }
        return (double) shared / k;
    }

    /** Spreads String.hashCode's clustered values (the murmur3 finaliser), so the smallest are a fair sample. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}

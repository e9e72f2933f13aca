/** Reading counts from text: digits, number words, vague counts, qualifiers and ranges. */
package org.harmtrack.numbers;

/** Sentences and tokens with character offsets into the original text. */
package org.harmtrack.text;

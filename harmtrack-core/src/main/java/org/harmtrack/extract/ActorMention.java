package org.harmtrack.extract;

import org.harmtrack.model.Perpetrator;
import org.harmtrack.model.Span;

/**
 * An armed actor named in a sentence.
 *
 * @param perpetrating the words around it make it the one who attacked ("Israeli strike", "shelled by regime forces")
 */
record ActorMention(Perpetrator actor, Span span, boolean perpetrating) {
}

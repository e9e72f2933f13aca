package org.harmtrack.extract;

import org.harmtrack.model.Figure;
import org.harmtrack.model.Span;

/**
 * Who a sentence says gave its information: "according to residents", "the Syrian state news agency Sana
 * reported", "the ministry denied".
 *
 * @param name   normalised source name ("SANA", "residents", "Ministry of Health")
 * @param stance reported, admitted (a belligerent's acknowledgement) or denied
 * @param belligerent the source is a party to the fighting (a military, a coalition, a defence ministry)
 */
record SourceMention(String name, Figure.Stance stance, Span span, boolean belligerent) {
}

package org.harmtrack.extract;

import org.harmtrack.model.Figure;
import org.harmtrack.model.Perpetrator;
import org.harmtrack.model.Span;

/**
 * Who a sentence says gave its information: "according to residents", "the Syrian state news agency Sana
 * reported", "the ministry denied".
 *
 * @param name   normalised source name ("SANA", "residents", "Ministry of Health")
 * @param stance reported, admitted (a belligerent's acknowledgement) or denied
 * @param belligerent the source is a party to the fighting (a military, a coalition, a defence ministry)
 * @param forces      for a state's defence ministry, the forces it speaks for (its own strikes), else null
 */
record SourceMention(String name, Figure.Stance stance, Span span, boolean belligerent, Perpetrator forces) {
    SourceMention(String name, Figure.Stance stance, Span span, boolean belligerent) {
        this(name, stance, span, belligerent, null);
    }
}

package org.harmtrack.extract;

import org.harmtrack.model.Figure;
import org.harmtrack.model.Perpetrator;
import org.harmtrack.model.Span;

/**
 * Who a sentence says gave its information: "according to residents", "the Syrian state news agency Sana
 * reported", "the ministry denied".
 *
 * @param name   normalised source name ("SANA", "residents", "Ministry of Health"), or {@link #ANAPHOR}
 * @param stance reported, admitted (a belligerent's acknowledgement) or denied
 * @param belligerent the source is a party to the fighting (a military, a coalition, a defence ministry)
 * @param forces      for a state's defence ministry, the forces it speaks for (its own strikes), else null
 */
record SourceMention(String name, Figure.Stance stance, Span span, boolean belligerent, Perpetrator forces) {
    /** The name of a source given by a pronoun ("he added"): the source named just before stands for it. */
    static final String ANAPHOR = "";

    SourceMention(String name, Figure.Stance stance, Span span, boolean belligerent) {
        this(name, stance, span, belligerent, null);
    }

    boolean anaphor() {
        return name.equals(ANAPHOR);
    }

    /** This telling credited to the source a pronoun stands for (its stance kept unless it merely reports). */
    SourceMention as(SourceMention antecedent) {
        return new SourceMention(antecedent.name, stance == Figure.Stance.REPORTED ? antecedent.stance : stance, span,
                antecedent.belligerent, antecedent.forces);
    }
}

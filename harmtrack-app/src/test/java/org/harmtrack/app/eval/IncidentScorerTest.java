package org.harmtrack.app.eval;

import static org.harmtrack.app.eval.EvalFixtures.cell;
import static org.harmtrack.app.eval.EvalFixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IncidentScorerTest {
    /** A document telling of two strikes Airwars-style gold lists, plus one it does not list. */
    private static final String GOLD = "{'id':'d1','gold':{'events':["
            + "{'date':'2020-02-10','civilians_killed':{'min':5,'max':7},'children_killed':{'min':2,'max':2},"
            + "'perpetrator':'Russian Military','place':{'lat':35.93,'lon':36.63,'precision':'town','admin1':'Idlib'}},"
            + "{'date':'2020-02-11','date_end':'2020-02-12','civilians_killed':{'min':0,'max':0},"
            + "'perpetrator':'Turkish Military, Russian Military','place':{'lat':36.2,'lon':37.1,'precision':'province_governorate','admin1':'Aleppo'}}]}}";

    @Test
    void eachGoldIncidentTakesItsBestMatchingEventAndUnmatchedTollsCountAsSpurious() throws Exception {
        IncidentScorer s = new IncidentScorer();
        s.add(json(GOLD), json("{'id':'d1','events':["
                // the first strike: a day off, 12 km away, civilians 5-6
                + "{'date':{'start':'2020-02-09'},'place':{'lat':36.03,'lon':36.66},'civilians_killed':{'min':5,'max':6},"
                + "'perpetrators':[{'name':'Syria'},{'name':'Russia'}]},"
                // the second: undated, matched on the governorate alone (the gold is only province-precise)
                + "{'place':{'admin1':'Aleppo Governorate','lat':36.5,'lon':37.5},'killed':{'min':0,'max':0}},"
                // a third strike the gold does not list, far away
                + "{'date':{'start':'2020-02-10'},'place':{'lat':33.5,'lon':36.3,'admin1':'Damascus'},'killed':{'min':3,'max':3}}]}"));
        s.add(json("{'id':'d2','gold':{'events':[{'date':'2020-03-01','place':{'admin1':'Hama'}}]}}"), null);
        Map<String, Tally.Metric> m = s.metrics();

        assertEquals(List.of("answered", "incident_recall", "incident_recall_dated", "matched_undated_only",
                "civ_killed_overlap", "civ_killed_range_exact", "civ_killed_zero_ok", "children_killed_min_exact",
                "date_exact", "perpetrator", "spurious_rate"), List.copyOf(m.keySet()));
        assertEquals("1/2", cell(m, "answered"));
        assertEquals("2/3", cell(m, "incident_recall"));
        assertEquals("1/3", cell(m, "incident_recall_dated"));
        assertEquals("1/3", cell(m, "matched_undated_only"));
        assertEquals("1/1", cell(m, "civ_killed_overlap"));
        assertEquals("0/1", cell(m, "civ_killed_range_exact"));
        assertEquals("1/1", cell(m, "civ_killed_zero_ok"));
        assertEquals("0/1", cell(m, "children_killed_min_exact"));
        assertEquals("0/2", cell(m, "date_exact")); // a day off; and undated
        // the first predicted actor a state is recognised in is Syria, not the gold's Russia; the second event names none
        assertEquals("0/2", cell(m, "perpetrator"));
        assertEquals("1/2", cell(m, "spurious_rate")); // the Damascus toll; the first event's matched
    }

    @Test
    void anEventTwoDaysOffOrBeyondTwentyFiveKilometresDoesNotMatch() throws Exception {
        IncidentScorer s = new IncidentScorer();
        s.add(json(GOLD), json("{'id':'d1','events':["
                + "{'date':{'start':'2020-02-07','end':'2020-02-08'},'place':{'lat':35.93,'lon':36.63},'killed':{'min':1,'max':1}},"
                + "{'date':{'start':'2020-02-10'},'place':{'lat':36.20,'lon':36.63},'killed':{'min':1,'max':1}}]}"));
        Map<String, Tally.Metric> m = s.metrics();
        assertEquals("0/2", cell(m, "incident_recall"));
        assertEquals("2/2", cell(m, "spurious_rate"));
    }
}

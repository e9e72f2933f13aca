package org.harmtrack.app.eval;

import static org.harmtrack.app.eval.EvalFixtures.cell;
import static org.harmtrack.app.eval.EvalFixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordScorerTest {
    @Test
    void thePrimaryEventIsTheOneWithTheLargestTollAndEachMetricCountsOnlyRecordsWhoseGoldGivesItsField() throws Exception {
        RecordScorer s = new RecordScorer();
        // gold: 4-6 killed, 3 civilians, date stated, a precise place, an admin1 spelled differently, a state
        s.add(json("{'id':'a','gold':{'events':[{'killed':{'min':4,'max':6},'civilians_killed':{'min':3,'max':3},"
                + "'date':'2019-03-03','date_stated':true,'perpetrator':'Russian Air Force',"
                + "'place':{'lat':35.62,'lon':36.64,'geo_precision':1,'admin1':'Idleb'}}]}}"),
                json("{'id':'a','events':[{'killed':{'min':1,'max':1}},"
                        + "{'killed':{'min':4,'max':5},'date':{'start':'2019-03-03'},'perpetrators':[{'name':'Russia'}],"
                        + "'place':{'lat':35.70,'lon':36.60,'admin1':'Idlib'}}]}"));
        // gold: nobody killed; the prediction has no event. No date stated and no publication date: no date metric
        s.add(json("{'id':'b','gold':{'events':[{'killed':{'min':0,'max':0},'date':'2019-05-01'}]}}"),
                json("{'id':'b','events':[]}"));
        // no prediction at all for a record with a toll; children given as a breakdown
        s.add(json("{'id':'c','published':'2019-06-02','gold':{'events':[{'killed':{'min':2,'max':2},"
                + "'killed_breakdown':{'children':2},'date':'2019-06-01'}]}}"), null);
        Map<String, Tally.Metric> m = s.metrics();

        assertEquals("2/3", cell(m, "answered"));
        assertEquals("1/2", cell(m, "killed_min_exact"));
        assertEquals("0/2", cell(m, "killed_range_exact")); // 4-5 is not 4-6
        assertEquals("1/2", cell(m, "killed_overlap"));
        assertEquals("1/1", cell(m, "killed_zero_ok"));
        assertEquals("0/1", cell(m, "civ_killed_range_exact")); // no civilian figure: killed 4-5 stands in for it
        assertEquals("0/1", cell(m, "civ_killed_overlap"));
        assertEquals("0/1", cell(m, "children_killed_min_exact"));
        assertEquals("1/2", cell(m, "date_exact")); // record c counts through its publication date; b does not
        assertEquals("1/1", cell(m, "place_within_25km"));
        assertEquals("1/1", cell(m, "place_admin1")); // Idleb ~ Idlib
        assertEquals("1/1", cell(m, "perpetrator"));
        assertEquals("absent", cell(m, "place_admin2"));
        assertEquals(0.5, m.get("killed_min_exact").value());
    }

    @Test
    void sharesAreRoundedAsThePythonScorersRoundThem() {
        // 1/16 = 0.0625: four places keep it, three round half to even (0.062), not half up (0.063)
        assertEquals("0.062", new Tally.Metric("x", 1, 16).formatted());
        assertEquals("0.667", new Tally.Metric("x", 2, 3).formatted());
        assertEquals("1.000", new Tally.Metric("x", 5, 5).formatted());
    }

    @Test
    void regionKeysTolerateSpellingArticlesAndAdministrativeWords() {
        assertEquals(GoldJson.adminKey("Daraa"), GoldJson.adminKey("Dara"));
        assertEquals(GoldJson.adminKey("As-Suwayda Governorate"), GoldJson.adminKey("Suwayda"));
        assertEquals("rifdimashq", GoldJson.adminKey("Rural Damascus"));
        assertFalse(GoldJson.adminKey("Hama").equals(GoldJson.adminKey("Homs")));
        assertEquals("", GoldJson.adminKey(null));
    }
}

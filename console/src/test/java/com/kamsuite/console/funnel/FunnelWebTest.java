package com.kamsuite.console.funnel;

import com.kamsuite.console.support.ConsoleWebTestSupport;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static com.kamsuite.console.support.Answers.invalid;
import static com.kamsuite.console.support.Answers.people;
import static com.kamsuite.console.support.Answers.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class FunnelWebTest extends ConsoleWebTestSupport {

    private static final String REPORT = """
            {"scope":"DIVISION","personId":null,"owners":[],"currency":"CNY","benchmarksSet":true,"stages":[
              {"stage":"01","count":{"actual":12,"benchmark":10,"ratioPercent":120,"rating":"EXCELLENT"},
                            "amount":{"actual":3000000.00,"benchmark":4000000.00,"ratioPercent":75,"rating":"WARNING"},"otherCurrencyCount":0},
              {"stage":"02","count":{"actual":6,"benchmark":6,"ratioPercent":100,"rating":"GOOD"},
                            "amount":{"actual":1200000.00,"benchmark":1000000.00,"ratioPercent":120,"rating":"EXCELLENT"},"otherCurrencyCount":1}]}""";

    private static final String SETTINGS = """
            {"stages":[{"stage":"01","task":"找对人","probability":10},{"stage":"02","task":"确认需求","probability":20}],
             "gates":["DECISION_MAKER_BEFORE_03"],"changes":[],
             "benchmarks":{"currency":"CNY","division":[{"stage":"01","count":10,"amount":4000000.00}],"perOwner":[]}}""";

    private void funnelIsRead(Person me, String scope) {
        answerGet("/api/opportunities/funnel-health", me, REPORT, query("scope", scope));
        answerGet("/api/opportunities/funnel-settings", me, SETTINGS);
        answerGet("/api/opportunities/people", me, people(person("liu.yang", "刘洋", "wang.fang", "ACCOUNT_MANAGER")),
                query("activeOnly", "true"));
    }

    @Test
    void salesOperationsSeeTheBandsAsATableAndAChartAndMaySetProbabilitiesGatesAndBenchmarks() throws Exception {
        funnelIsRead(QIAN_MIN, "DIVISION");

        Document page = html(mvc.perform(get("/funnel").with(as(QIAN_MIN))).andExpect(status().isOk()).andReturn());

        assertThat(page.select("#funnel-table tbody tr").first().select("td").eachText())
                .containsExactly("01 找对人、找对需求", "12", "10", "120%", "优秀", "¥3,000,000.00", "¥4,000,000.00", "75%", "预警");
        assertThat(page.select("#funnel-table tbody tr").get(1).text()).contains("另有 1 个其他币种");
        assertThat(page.select("#funnel-chart").attr("data-funnel"))
                .isEqualTo("{\"stages\":[\"01\",\"02\"],\"actual\":[3000000.00,1200000.00],\"benchmark\":[4000000.00,1000000.00],"
                        + "\"ratings\":[\"WARNING\",\"EXCELLENT\"]}");
        assertThat(page.select("#settings-form input[name=probability.02]").val()).isEqualTo("20");
        assertThat(page.select("#settings-form input[name=gate.DECISION_MAKER_BEFORE_03][checked]")).hasSize(1);
        assertThat(page.select("#settings-submit, #benchmarks-submit")).hasSize(2);
        assertThat(page.select("#benchmarks-form input[name=division.amount.01]").val()).isEqualTo("4000000.00");
    }

    @Test
    void anAccountManagerSeesTheirOwnFunnelAndTheRulesWithoutAFormToChangeThem() throws Exception {
        funnelIsRead(LIU_YANG, "OWNER");

        Document page = html(mvc.perform(get("/funnel").with(as(LIU_YANG))).andExpect(status().isOk()).andReturn());

        assertThat(page.select("#funnel-scope option[selected]").val()).isEqualTo("OWNER");
        assertThat(page.select("#settings td").eachText()).contains("10%", "20%");
        assertThat(page.select("main form[method=post]")).isEmpty();
    }

    @Test
    void theRulesAreSentAsTheServiceReadsThem() throws Exception {
        expectCall(HttpMethod.PUT, "/api/opportunities/funnel-settings", QIAN_MIN)
                .andExpect(content().json("""
                        {"probabilities":["10","25",null,null,null,null,null],"gates":["VALUE_ASSESSMENT_BEFORE_04"]}"""))
                .andRespond(withSuccess(SETTINGS, MediaType.APPLICATION_JSON));

        mvc.perform(post("/funnel/settings").param("probability.01", "10").param("probability.02", " 25 ")
                        .param("gate.VALUE_ASSESSMENT_BEFORE_04", "on").with(as(QIAN_MIN)).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/funnel#settings"));
    }

    @Test
    void refusedRulesAreShownNextToTheProbabilitiesWithWhatWasTyped() throws Exception {
        expectCall(HttpMethod.PUT, "/api/opportunities/funnel-settings", QIAN_MIN)
                .andRespond(problem(400, invalid("请求无效", "probabilities", "赢率须逐阶段递增")));
        funnelIsRead(QIAN_MIN, "DIVISION");

        Document page = html(mvc.perform(post("/funnel/settings").param("probability.01", "30").param("probability.02", "20")
                .with(as(QIAN_MIN)).with(csrf())).andExpect(status().isBadRequest()).andReturn());

        assertThat(page.select("#settings .field-error").text()).isEqualTo("赢率须逐阶段递增");
        assertThat(page.select("#settings-form input[name=probability.01]").val()).isEqualTo("30");
    }

    @Test
    void nobodyButSalesOperationsMayPostTheRules() throws Exception {
        mvc.perform(post("/funnel/settings").param("probability.01", "90").with(as(WANG_FANG)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/funnel/benchmarks").param("currency", "CNY").with(as(ZHAO_LEI)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void hrCannotOpenTheFunnel() throws Exception {
        mvc.perform(get("/funnel").with(as(SUN_LI))).andExpect(status().isForbidden());
    }
}

package com.kamsuite.console.pipeline;

import com.kamsuite.console.support.ConsoleWebTestSupport;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static com.kamsuite.console.support.Answers.board;
import static com.kamsuite.console.support.Answers.gateRefusal;
import static com.kamsuite.console.support.Answers.page;
import static com.kamsuite.console.support.Answers.people;
import static com.kamsuite.console.support.Answers.person;
import static com.kamsuite.console.support.Answers.switchgear;
import static com.kamsuite.console.support.Answers.total;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PipelineWebTest extends ConsoleWebTestSupport {

    @Test
    void anAccountManagerSeesTheirOwnBoardInChineseWithMoneyDatesAndTheMoveForm() throws Exception {
        answerGet("/api/opportunities/pipeline/board", LIU_YANG, board(), query("scope", "MINE"), query("cards", "12"));

        Document page = html(mvc.perform(get("/pipeline").with(as(LIU_YANG))).andExpect(status().isOk()).andReturn());

        assertThat(page.select("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(page.select("#scope option[selected]").val()).isEqualTo("MINE");
        assertThat(page.select("#ownerId")).as("an account manager filters no owners").isEmpty();
        var card = page.select("#card-opp-1");
        assertThat(card.select(".name").text()).isEqualTo("开关柜框架协议");
        assertThat(card.select(".customer").text()).isEqualTo("上海电气");
        assertThat(card.select(".owner").text()).isEqualTo("刘洋");
        assertThat(card.select(".amount").text()).isEqualTo("¥1,200,000.00");
        assertThat(card.select(".weighted").text()).isEqualTo("加权 ¥240,000.00");
        assertThat(card.select(".close").text()).isEqualTo("预计 2027年4月11日 成交");
        assertThat(page.select("#stage-02 h2").text()).contains("确认需求与预算");
        assertThat(page.select("#stage-02 .totals .count").text()).isEqualTo("1 个机会");
        assertThat(card.attr("draggable")).isEqualTo("true");
        assertThat(card.select("form.move select[name=stage] option").eachAttr("value"))
                .containsExactly("01", "03", "04", "05", "06", "07");
        assertThat(card.select("form.move input[name=_csrf]")).as("the move form carries the CSRF token").hasSize(1);
    }

    @Test
    void theSameBoardInEnglish() throws Exception {
        answerGet("/api/opportunities/pipeline/board", LIU_YANG, board(), query("scope", "MINE"));

        Document page = html(mvc.perform(get("/pipeline").header("Accept-Language", "en-US,en;q=0.8").with(as(LIU_YANG)))
                .andExpect(status().isOk()).andReturn());

        var card = page.select("#card-opp-1");
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(card.select(".amount").text()).isEqualTo("CN¥1,200,000.00");
        assertThat(card.select(".close").text()).isEqualTo("closes Apr 11, 2027");
        assertThat(page.select("#stage-02 h2").text()).contains("Needs and budget confirmed");
    }

    @Test
    void aSalesManagerStartsWithTheTeamAndFiltersByItsPeople() throws Exception {
        answerGet("/api/opportunities/pipeline/board", WANG_FANG, board(), query("scope", "TEAM"));
        answerGet("/api/opportunities/people", WANG_FANG, people(person("liu.yang", "刘洋", "wang.fang", "ACCOUNT_MANAGER"),
                person("wang.fang", "王芳", null, "SALES_MANAGER")), query("activeOnly", "true"));

        Document page = html(mvc.perform(get("/pipeline").with(as(WANG_FANG))).andExpect(status().isOk()).andReturn());

        assertThat(page.select("#scope option[selected]").val()).isEqualTo("TEAM");
        assertThat(page.select("#ownerId option").eachText()).containsExactly("全部", "刘洋", "王芳");
    }

    @Test
    void financeReadsTheDivisionsBoardButIsOfferedNoMove() throws Exception {
        answerGet("/api/opportunities/pipeline/board", ZHAO_LEI, board(), query("scope", "DIVISION"));
        answerGet("/api/opportunities/people", ZHAO_LEI, people(person("liu.yang", "刘洋", "wang.fang", "ACCOUNT_MANAGER")));

        Document page = html(mvc.perform(get("/pipeline").with(as(ZHAO_LEI))).andExpect(status().isOk()).andReturn());

        var card = page.select("#card-opp-1");
        assertThat(card.select(".name").text()).isEqualTo("开关柜框架协议");
        assertThat(card.select("form.move")).isEmpty();
        assertThat(card.hasAttr("draggable")).isFalse();
    }

    @Test
    void theListIsPagedSortableAndKeepsItsFiltersInEveryLink() throws Exception {
        answerGet("/api/opportunities/pipeline", LIU_YANG,
                page(switchgear(), 1, 1, 3, 3, total(3, "3600000.00", "720000.00")),
                query("scope", "MINE"), query("closePeriod", "2027-Q2"), query("sort", "amount"), query("direction", "desc"),
                query("page", "1"), query("size", "1"));

        Document page = html(mvc.perform(get("/pipeline/list?closePeriod=2027-Q2&sort=amount&direction=desc&page=1&size=1")
                .with(as(LIU_YANG))).andExpect(status().isOk()).andReturn());

        assertThat(page.select("#opportunities tbody tr")).hasSize(1);
        assertThat(page.select("#opportunities tbody td").eachText()).containsExactly("开关柜框架协议", "上海电气", "刘洋",
                "02 确认需求与预算", "¥1,200,000.00", "20%", "¥240,000.00", "2027年4月11日");
        assertThat(page.select(".summary .amount").text()).isEqualTo("¥3,600,000.00");
        assertThat(page.select(".summary .count").text()).isEqualTo("3 个机会");
        assertThat(page.select(".pager span").text()).isEqualTo("第 2 / 3 页（共 3 条）");
        assertThat(page.select(".pager a[rel=next]").attr("href"))
                .isEqualTo("/pipeline/list?scope=MINE&closePeriod=2027-Q2&sort=amount&direction=desc&page=2&size=1");
        assertThat(page.select(".pager a[rel=prev]").attr("href"))
                .isEqualTo("/pipeline/list?scope=MINE&closePeriod=2027-Q2&sort=amount&direction=desc&size=1");
        assertThat(page.select("th a[href*=sort=amount]").attr("href")).as("a second click reverses the order")
                .contains("direction=asc");
    }

    @Test
    void aRefusedGateIsShownOnTheCardWithWhatIsMissingInTheUsersLanguage() throws Exception {
        expectCall(HttpMethod.POST, "/api/opportunities/opp-1/stage-moves", LIU_YANG)
                .andExpect(content().json("{\"stage\":\"03\",\"reason\":null}"))
                .andExpect(org.springframework.test.web.client.match.MockRestRequestMatchers.header("Accept-Language", "zh-CN"))
                .andRespond(problem(422, gateRefusal("未通过阶段关卡", "暂不能进入阶段 03：未满足事业部设置的关卡 DECISION_MAKER_BEFORE_03",
                        "DECISION_MAKER_BEFORE_03")));

        Document fragment = html(mvc.perform(post("/pipeline/opp-1/moves").param("stage", "03").header("HX-Request", "true")
                        .with(as(LIU_YANG)).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn());

        assertThat(fragment.select(".refusal strong").text()).isEqualTo("未通过阶段关卡");
        assertThat(fragment.select(".refusal p").first().text()).startsWith("暂不能进入阶段 03");
        assertThat(fragment.select(".missing span").text()).isEqualTo("缺少：采购角色为“决策者”的联系人。");
        assertThat(fragment.select(".missing a").attr("href")).isEqualTo("/opportunities/opp-1#contacts");
        assertThat(fragment.select("html header")).as("a fragment for the card, not a whole page").isEmpty();
    }

    @Test
    void aMoveThatPassesReloadsTheBoard() throws Exception {
        expectCall(HttpMethod.POST, "/api/opportunities/opp-1/stage-moves", LIU_YANG)
                .andExpect(content().json("{\"stage\":\"03\",\"reason\":null}"))
                .andRespond(org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess(switchgear(), MediaType.APPLICATION_JSON));

        var result = mvc.perform(post("/pipeline/opp-1/moves").param("stage", "03").header("HX-Request", "true")
                        .with(as(LIU_YANG)).with(csrf()))
                .andExpect(status().isOk()).andExpect(header().string("HX-Refresh", "true")).andReturn();

        assertThat(html(result).select(".moved").text()).isEqualTo("已推进。");
    }

    @Test
    void withoutJavaScriptAMoveComesBackToTheOpportunity() throws Exception {
        expectCall(HttpMethod.POST, "/api/opportunities/opp-1/stage-moves", LIU_YANG)
                .andExpect(content().json("{\"stage\":\"01\",\"reason\":\"客户预算冻结\"}"))
                .andRespond(org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess(switchgear(), MediaType.APPLICATION_JSON));

        mvc.perform(post("/pipeline/opp-1/moves").param("stage", "01").param("reason", "客户预算冻结").with(as(LIU_YANG)).with(csrf()))
                .andExpect(status().isFound()).andExpect(header().string("Location", "/opportunities/opp-1"));
    }

    @Test
    void aMoveWithoutTheCsrfTokenIsRefusedBeforeTheGatewayIsAsked() throws Exception {
        mvc.perform(post("/pipeline/opp-1/moves").param("stage", "03").with(as(LIU_YANG)))
                .andExpect(status().isForbidden());
    }

    @Test
    void financeMayNotMoveACardEvenByPostingTheForm() throws Exception {
        mvc.perform(post("/pipeline/opp-1/moves").param("stage", "03").with(as(ZHAO_LEI)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void hrIsNotOfferedThePipelineAndCannotOpenIt() throws Exception {
        mvc.perform(get("/pipeline").with(as(SUN_LI))).andExpect(status().isForbidden());
        mvc.perform(get("/pipeline/list").with(as(SUN_LI))).andExpect(status().isForbidden());
    }
}

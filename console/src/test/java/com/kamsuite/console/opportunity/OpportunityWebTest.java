package com.kamsuite.console.opportunity;

import com.kamsuite.console.support.ConsoleWebTestSupport;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.io.IOException;

import static com.kamsuite.console.support.Answers.gateRefusal;
import static com.kamsuite.console.support.Answers.invalid;
import static com.kamsuite.console.support.Answers.noTender;
import static com.kamsuite.console.support.Answers.opportunity;
import static com.kamsuite.console.support.Answers.page;
import static com.kamsuite.console.support.Answers.people;
import static com.kamsuite.console.support.Answers.person;
import static com.kamsuite.console.support.Answers.refusal;
import static com.kamsuite.console.support.Answers.switchgear;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withException;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class OpportunityWebTest extends ConsoleWebTestSupport {

    private static final String DIVISION_PEOPLE = people(person("liu.yang", "刘洋", "wang.fang", "ACCOUNT_MANAGER"),
            person("chen.jing", "陈静", "wang.fang", "ACCOUNT_MANAGER"), person("wang.fang", "王芳", null, "SALES_MANAGER"),
            person("li.na", "李娜", null, "SALES_MANAGER"));

    /** The calls the page makes, in order, as {@code viewer}; {@code pickable}: whether it also lists the division's people. */
    private void pageIsRead(Person viewer, String status, boolean pickable) {
        answerGet("/api/opportunities/opp-1", viewer, opportunity("opp-1", "liu.yang", status));
        answerGet("/api/opportunities/pipeline", viewer, page(switchgear(), 0, 20, 1, 1, ""), query("ids", "opp-1"));
        expectGet("/api/opportunities/opp-1/tender", viewer).andRespond(problem(404, noTender()));
        answerGet("/api/opportunities/activities", viewer, "[]", query("opportunityId", "opp-1"));
        answerGet("/api/opportunities/action-items", viewer, "[]", query("opportunityId", "opp-1"));
        answerGet("/api/opportunities/people", viewer, DIVISION_PEOPLE, query("ids", "liu.yang,chen.jing"));
        if (pickable) {
            answerGet("/api/opportunities/people", viewer, DIVISION_PEOPLE, query("activeOnly", "true"));
        }
    }

    private Document open(Person viewer) throws Exception {
        return html(mvc.perform(get("/opportunities/opp-1").with(as(viewer))).andExpect(status().isOk()).andReturn());
    }

    @Test
    void theOwnerSeesNamesMoneyAndEveryFormOfTheirOpenOpportunityButNotTheOwnerChange() throws Exception {
        pageIsRead(LIU_YANG, "OPEN", true);

        Document page = open(LIU_YANG);

        assertThat(page.select("#opportunity-name").text()).isEqualTo("开关柜框架协议");
        assertThat(page.select("#owner").text()).isEqualTo("刘洋");
        assertThat(page.select(".facts dd").eachText()).contains("上海电气", "¥1,200,000.00", "20%", "¥240,000.00", "2027年4月11日");
        assertThat(page.select("#team tbody td").eachText()).contains("刘洋", "陈静").doesNotContain("liu.yang", "chen.jing");
        assertThat(page.select("#products td").eachText()).contains("¥30,000.00", "¥29,500.00", "2027年5月");
        assertThat(page.select("#stage tbody td").eachText()).contains("2026年11月20日 下午2:30");
        for (String form : new String[]{"#move-form", "#contact-form", "#assessment-form", "#credit-form", "#member-form",
                "#activity-form", "#action-item-form", "#revise-form", "#confirmation form"}) {
            assertThat(page.select(form)).as(form).hasSize(1);
            assertThat(page.select(form + " input[name=_csrf]")).as(form + " carries the CSRF token").hasSize(1);
        }
        assertThat(page.select("#owner-form")).as("an account manager does not reassign").isEmpty();
    }

    @Test
    void theOwnersManagerMayChangeTheOwnerButIsNotOfferedTheWorkOfTheTeam() throws Exception {
        pageIsRead(WANG_FANG, "OPEN", true);

        Document page = open(WANG_FANG);

        assertThat(page.select("#owner-form select[name=newOwnerId] option").eachText()).containsExactly("陈静", "王芳", "李娜");
        assertThat(page.select("#owner-form input[name=reason][required]")).hasSize(1);
        assertThat(page.select("#move-form, #contact-form, #assessment-form, #member-form, #confirmation form")).isEmpty();
    }

    @Test
    void aManagerWhoIsNotTheOwnersSuperiorIsNotOfferedTheOwnerChange() throws Exception {
        Person otherManager = new Person("li.na", "李娜", "div-power", "SALES_MANAGER");
        pageIsRead(otherManager, "OPEN", false);

        assertThat(open(otherManager).select("#owner-form")).isEmpty();
    }

    @Test
    void aClosedOpportunityOffersNoOwnerChangeAndNoStageWork() throws Exception {
        pageIsRead(WANG_FANG, "WON", false);

        Document page = open(WANG_FANG);

        assertThat(page.select("#owner-form, #move-form")).isEmpty();
        assertThat(page.select("#current-stage").text()).isEqualTo("02 赢单");
    }

    @Test
    void financeReadsTheOpportunityAndIsOfferedNoFormAtAll() throws Exception {
        pageIsRead(ZHAO_LEI, "OPEN", false);

        Document page = open(ZHAO_LEI);

        assertThat(page.select("#owner").text()).isEqualTo("刘洋");
        assertThat(page.select("main form[method=post]")).isEmpty();
        assertThat(page.select("main input[name^=share.]")).isEmpty();
    }

    @Test
    void financeMayNotChangeTheOwnerEvenByPostingTheForm() throws Exception {
        mvc.perform(post("/opportunities/opp-1/owner-change").param("newOwnerId", "zhao.lei").param("reason", "试试")
                .with(as(ZHAO_LEI)).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void hrCannotOpenAnOpportunity() throws Exception {
        mvc.perform(get("/opportunities/opp-1").with(as(SUN_LI))).andExpect(status().isForbidden());
    }

    @Test
    void aChangeWithoutTheCsrfTokenIsRefusedBeforeTheGatewayIsAsked() throws Exception {
        mvc.perform(post("/opportunities/opp-1/contacts").param("name", "陈总").param("buyingRole", "DECISION_MAKER")
                .with(as(LIU_YANG))).andExpect(status().isForbidden());
    }

    @Test
    void anAddedContactComesBackToItsSectionOfThePage() throws Exception {
        expectCall(HttpMethod.POST, "/api/opportunities/opp-1/contacts", LIU_YANG)
                .andExpect(content().json("{\"name\":\"陈总\",\"title\":\"采购总监\",\"buyingRole\":\"DECISION_MAKER\"}"))
                .andRespond(withSuccess(opportunity("opp-1", "liu.yang", "OPEN"), MediaType.APPLICATION_JSON));

        mvc.perform(post("/opportunities/opp-1/contacts").param("name", "陈总").param("title", "采购总监")
                        .param("buyingRole", "DECISION_MAKER").with(as(LIU_YANG)).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/opportunities/opp-1#contacts"));
    }

    @Test
    void aRefusedFormShowsTheServicesMessageNextToTheFieldItNamesAndKeepsWhatWasTyped() throws Exception {
        expectCall(HttpMethod.POST, "/api/opportunities/opp-1/contacts", LIU_YANG)
                .andExpect(header("Accept-Language", "zh-CN"))
                .andRespond(problem(400, invalid("请求无效", "name", "不能为空")));
        pageIsRead(LIU_YANG, "OPEN", true);

        Document page = html(mvc.perform(post("/opportunities/opp-1/contacts").param("name", " ").param("title", "采购总监")
                        .param("buyingRole", "DECISION_MAKER").with(as(LIU_YANG)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn());

        Element nameField = page.select("#contact-name").first().parent();
        assertThat(nameField.select(".field-error").text()).isEqualTo("不能为空");
        assertThat(page.select("#contacts .problem strong").text()).isEqualTo("请求无效");
        assertThat(page.select("#contact-form input[name=title]").val()).isEqualTo("采购总监");
        assertThat(page.select(".field-error")).as("only next to the field named").hasSize(1);
    }

    @Test
    void theSameRefusalInEnglishForSomeoneWhoChoseEnglish() throws Exception {
        expectCall(HttpMethod.POST, "/api/opportunities/opp-1/contacts", LIU_YANG)
                .andExpect(header("Accept-Language", "en"))
                .andRespond(problem(400, invalid("Invalid request", "name", "must not be blank")));
        pageIsRead(LIU_YANG, "OPEN", true);

        Document page = html(mvc.perform(post("/opportunities/opp-1/contacts").param("name", "").param("buyingRole", "DECISION_MAKER")
                        .header("Accept-Language", "en").with(as(LIU_YANG)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn());

        assertThat(page.select("#contact-name").first().parent().select(".field-error").text()).isEqualTo("must not be blank");
        assertThat(page.select("#contacts label span").first().text()).isEqualTo("Name");
    }

    @Test
    void aRefusedStageGateOnThePageSaysWhatIsMissing() throws Exception {
        expectCall(HttpMethod.POST, "/api/opportunities/opp-1/stage-moves", LIU_YANG)
                .andRespond(problem(422, gateRefusal("未通过阶段关卡", "暂不能进入阶段 03", "DECISION_MAKER_BEFORE_03")));
        pageIsRead(LIU_YANG, "OPEN", true);

        Document page = html(mvc.perform(post("/opportunities/opp-1/moves").param("stage", "03").with(as(LIU_YANG)).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn());

        assertThat(page.select("#stage .problem strong").text()).isEqualTo("未通过阶段关卡");
        assertThat(page.select("#stage .problem .missing").text()).isEqualTo("缺少：采购角色为“决策者”的联系人。");
        assertThat(page.select("#move-stage option[selected]").val()).isEqualTo("03");
    }

    @Test
    void anOpportunityOfAnotherDivisionIsNotFoundInTheUsersLanguage() throws Exception {
        expectGet("/api/opportunities/opp-9", ZHOU_JIE)
                .andRespond(problem(404, refusal(404, "not-found", "未找到", "你的事业部中没有商机 opp-9")));

        Document page = html(mvc.perform(get("/opportunities/opp-9").with(as(ZHOU_JIE))).andExpect(status().isNotFound()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("未找到");
        assertThat(page.select(".problem").text()).contains("你的事业部中没有商机 opp-9");
        assertThat(page.select("#me strong").text()).as("still the console's own page, signed in").isEqualTo("周杰");
    }

    @Test
    void aFailingServiceIsABadGatewayPageWithoutItsInsides() throws Exception {
        expectGet("/api/opportunities/opp-1", LIU_YANG).andRespond(problem(500,
                "{\"status\":500,\"title\":\"Internal Server Error\",\"detail\":\"java.lang.NullPointerException at com.kamsuite.X\"}"));

        Document page = html(mvc.perform(get("/opportunities/opp-1").with(as(LIU_YANG))).andExpect(status().isBadGateway()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("服务出错");
        assertThat(page.text()).doesNotContain("NullPointerException", "com.kamsuite");
    }

    @Test
    void anUnreachableGatewayIsAServiceUnavailablePage() throws Exception {
        expectGet("/api/opportunities/opp-1", LIU_YANG).andRespond(withException(new IOException("Connection refused")));

        Document page = html(mvc.perform(get("/opportunities/opp-1").with(as(LIU_YANG)))
                .andExpect(status().isServiceUnavailable()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("无法连接");
        assertThat(page.text()).doesNotContain("Connection refused");
    }
}

package com.kamsuite.console.home;

import com.kamsuite.console.support.ConsoleWebTestSupport;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static com.kamsuite.console.support.Answers.board;
import static com.kamsuite.console.support.Answers.page;
import static com.kamsuite.console.support.Answers.refusal;
import static com.kamsuite.console.support.Answers.switchgear;
import static com.kamsuite.console.support.Answers.total;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class HomeWebTest extends ConsoleWebTestSupport {

    private static final String DUE = """
            {"items":[{"id":"ai-1","description":"发送一次系统图","dueDate":"2026-11-30","overdue":true,"opportunityId":"opp-1",
                       "opportunityName":"开关柜框架协议","customerId":"cust-1","customerName":"上海电气"},
                      {"id":"ai-2","description":"约陈总拜访","dueDate":"2027-01-05","overdue":false,"opportunityId":null,
                       "opportunityName":null,"customerId":"cust-2","customerName":"国网江苏"}],
             "page":0,"size":10,"totalItems":2,"totalPages":1}""";

    private void sellersHomeIsRead(Person me, String deadline) {
        answerGet("/api/opportunities/pipeline", me, page(switchgear(), 0, 10, 1, 1, total(1, "1200000.00", "240000.00")),
                query("scope", "MINE"), query("status", "OPEN"), query("sort", "expectedCloseDate"), query("direction", "asc"),
                query("page", "0"), query("size", "10"));
        answerGet("/api/opportunities/action-items/due", me, DUE, query("withinDays", "7"), query("page", "0"), query("size", "10"));
        if (deadline == null) {
            expectGet("/api/forecasts/my-next-deadline", me).andRespond(problem(404, refusal(404, "not-found", "未找到", "没有截止日")));
        } else {
            answerGet("/api/forecasts/my-next-deadline", me, deadline);
        }
    }

    @Test
    void anAccountManagersHomeHasTheirOpenOpportunitiesWithTheWeightedTotalTheirDueItemsAndTheirNextDeadline() throws Exception {
        LocalDate inFiveDays = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(5);
        sellersHomeIsRead(LIU_YANG, """
                {"period":"2027-Q1","deadline":"%s","timeZone":"Asia/Shanghai","submitted":false}""".formatted(inFiveDays));

        Document page = html(mvc.perform(get("/").with(as(LIU_YANG))).andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("你好，刘洋");
        assertThat(page.select("#my-opportunities .summary .amount").text()).isEqualTo("¥1,200,000.00");
        assertThat(page.select("#my-opportunities .summary .weighted").text()).isEqualTo("加权 ¥240,000.00");
        assertThat(page.select("#my-opportunities tbody td").eachText()).containsExactly("开关柜框架协议", "上海电气",
                "02 确认需求与预算", "¥1,200,000.00", "¥240,000.00", "2027年4月11日");
        assertThat(page.select("#my-action-items li.overdue").text()).contains("2026年11月30日", "已逾期", "发送一次系统图", "开关柜框架协议");
        assertThat(page.select("#my-action-items li:not(.overdue)").text()).contains("约陈总拜访", "国网江苏");
        assertThat(page.select("#my-deadline .deadline").text()).contains("2027-Q1");
        assertThat(page.select("#my-deadline p").eachText()).contains("还有 5 天", "尚未提交");
        assertThat(page.select("nav.sections a").eachText()).containsExactly("首页", "销售漏斗", "漏斗健康度");
        assertThat(page.select("#me small").text()).isEqualTo("客户经理");
    }

    @Test
    void withoutADeadlineAheadThePanelSaysSo() throws Exception {
        sellersHomeIsRead(LIU_YANG, null);

        Document page = html(mvc.perform(get("/").with(as(LIU_YANG))).andExpect(status().isOk()).andReturn());

        assertThat(page.select("#my-deadline").text()).contains("近期没有预测截止日。");
    }

    @Test
    void financeSeesTheDivisionsOpenPipelineAndNoPersonalPanels() throws Exception {
        answerGet("/api/opportunities/pipeline/board", ZHAO_LEI, board(), query("scope", "DIVISION"), query("cards", "0"));

        Document page = html(mvc.perform(get("/").with(as(ZHAO_LEI))).andExpect(status().isOk()).andReturn());

        assertThat(page.select("#division-pipeline .amount").text()).isEqualTo("¥1,200,000.00");
        assertThat(page.select("#my-opportunities, #my-action-items, #my-deadline")).isEmpty();
    }

    @Test
    void hrIsOfferedOnlyHomeAndTheConsoleAsksNoService() throws Exception {
        Document page = html(mvc.perform(get("/").with(as(SUN_LI))).andExpect(status().isOk()).andReturn());

        assertThat(page.select("nav.sections a").eachText()).containsExactly("首页");
        assertThat(page.select("main").text()).contains("控制台暂无适用于你角色的页面。");
    }
}

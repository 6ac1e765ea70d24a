package com.kamsuite.local.console;

import com.jayway.jsonpath.JsonPath;
import com.kamsuite.local.GatewayClient;
import com.kamsuite.local.Suite;
import com.kamsuite.local.SuiteSettings;
import com.kamsuite.local.identity.DevTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real headless Chromium on the whole suite, started as {@code ./kam up} starts it (demo data
 * included): people sign in through the identity provider's own login page and work as they would, in Chinese and in
 * English. {@code -Dkam.it.suite=running} drives a suite already running on the ports of the environment instead.
 */
class ConsoleBrowserIT {

    static Suite suite;
    static SuiteSettings settings;

    @RegisterExtension
    final Browser browser = new Browser();

    @BeforeAll
    static void startSuite() throws IOException {
        Path home = Path.of(System.getProperty("kam.home", ".")).toAbsolutePath().normalize();
        if ("running".equals(System.getProperty("kam.it.suite"))) {
            settings = SuiteSettings.fromEnvironment(home);
            return;
        }
        suite = Suite.start(SuiteSettings.onFreePorts(home, Files.createTempDirectory("kam-console-test"), true), System.out);
        settings = suite.settings();
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void anAccountManagerSignsInThroughTheLoginPageAndSeesTheirOwnPipelineInChinese() {
        browser.start("zh-CN");
        signIn("liu.yang");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("你好，刘洋");
        assertThat(browser.text(By.id("me"))).contains("刘洋", "客户经理");
        assertThat(browser.text(By.id("my-opportunities"))).contains("上海电气集团股份有限公司", "加权 ¥");
        assertThat(browser.text(By.id("my-deadline"))).containsPattern("\\d{4}年\\d{1,2}月\\d{1,2}日");
        browser.screenshot("home-zh");
    }

    @Test
    void aRefusedStageGateShowsWhatIsMissingAndPassesOnceItIsFixed() {
        String opportunityId = openOpportunityFor("liu.yang", "浏览器测试 开关柜 " + UUID.randomUUID().toString().substring(0, 6));
        browser.start("zh-CN");
        signIn("liu.yang");

        moveOnBoard(opportunityId, "02");
        browser.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#stage-02 #card-" + opportunityId)));

        moveOnBoard(opportunityId, "03");
        String refusal = browser.text(By.cssSelector("#outcome-" + opportunityId + " .refusal"));
        assertThat(refusal).contains("缺少：采购角色为“决策者”的联系人。");
        browser.screenshot("pipeline-gate-refused-zh");

        browser.find(By.cssSelector("#outcome-" + opportunityId + " .refusal a")).click();
        browser.until(ExpectedConditions.urlContains("/opportunities/" + opportunityId));
        browser.find(By.id("contact-name")).sendKeys("陈建华");
        new Select(browser.find(By.id("contact-role"))).selectByValue("DECISION_MAKER");
        browser.find(By.id("contact-submit")).click();
        assertThat(browser.text(By.id("contacts"))).contains("陈建华", "决策者");

        moveOnBoard(opportunityId, "03");
        browser.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#stage-03 #card-" + opportunityId)));
        browser.screenshot("pipeline-board-zh");
    }

    @Test
    void aSalesManagerWorksInEnglishAndTheLanguageChosenIsRemembered() {
        browser.start("en");
        signIn("zhang.wei");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Hello, 张伟");
        browser.open(settings.consoleUrl() + "/pipeline");
        assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("Pipeline");
        assertThat(browser.text(By.id("board"))).contains("Contact and requirement", "CN¥");
        browser.screenshot("pipeline-board-en");
        browser.open(settings.consoleUrl() + "/funnel");
        browser.find(By.id("funnel-chart"));
        browser.screenshot("funnel-health-en");

        browser.find(By.id("lang-zh")).click();
        browser.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "漏斗健康度"));
        browser.open(settings.consoleUrl() + "/pipeline");
        assertThat(browser.text(By.cssSelector("main h1"))).as("the choice outlives the page").isEqualTo("销售漏斗");
    }

    @Test
    void signingOutEndsTheSessionAtTheConsoleAndAtTheIdentityProvider() {
        browser.start("en");
        signIn("liu.yang");

        browser.find(By.id("sign-out")).click();
        browser.until(ExpectedConditions.urlContains("/signed-out"));
        browser.open(settings.consoleUrl() + "/pipeline");
        browser.until(ExpectedConditions.urlContains(settings.issuer() + "/login"));
        assertThat(browser.driver().findElements(By.name("username"))).isNotEmpty();
    }

    private void signIn(String login) {
        browser.open(settings.consoleUrl() + "/");
        browser.until(ExpectedConditions.urlContains(settings.issuer() + "/login"));
        browser.find(By.name("username")).sendKeys(login);
        browser.find(By.name("password")).sendKeys("demo");
        browser.find(By.cssSelector("button[type=submit]")).click();
        browser.until(ExpectedConditions.urlContains(settings.consoleUrl()));
        browser.find(By.id("sign-out"));
    }

    private void moveOnBoard(String opportunityId, String stage) {
        browser.open(settings.consoleUrl() + "/pipeline?scope=MINE");
        String card = "#card-" + opportunityId;
        new Select(browser.find(By.cssSelector(card + " select[name=stage]"))).selectByValue(stage);
        browser.find(By.cssSelector(card + " form.move button")).click();
    }

    /** A fresh opportunity of the person's, at stage 01, on the first customer of their pipeline. */
    private String openOpportunityFor(String login, String name) {
        String token = new DevTokens(settings.issuer()).token(login);
        String pipeline = send("GET", "/api/opportunities/pipeline?scope=MINE&size=1", token, null).body();
        String customerId = JsonPath.read(pipeline, "$.items[0].customerId");
        String body = "{\"customerId\":\"" + customerId + "\",\"name\":\"" + name + "\",\"amount\":1200000,\"currency\":\"CNY\","
                + "\"expectedCloseDate\":\"" + LocalDate.now().plusMonths(4) + "\",\"source\":\"MARKET_ACTIVITY\"}";
        HttpResponse<String> created = send("POST", "/api/opportunities", token, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JsonPath.read(created.body(), "$.id");
    }

    private static HttpResponse<String> send(String method, String path, String token, String body) {
        return new GatewayClient(settings.gatewayUrl()).send(method, path, token, body);
    }
}

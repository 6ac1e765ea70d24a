package com.kamsuite.console.shared.web;

import com.kamsuite.console.support.ConsoleWebTestSupport;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** zh-CN first, English second, the choice remembered; the signed-out page; the console's own error page. */
class LanguageAndErrorPagesWebTest extends ConsoleWebTestSupport {

    @Test
    void chineseWhenTheBrowserNamesNoLanguageOrOneTheConsoleDoesNotSpeak() throws Exception {
        Document none = html(mvc.perform(get("/signed-out")).andExpect(status().isOk()).andReturn());
        Document french = html(mvc.perform(get("/signed-out").header("Accept-Language", "fr-FR,fr;q=0.9"))
                .andExpect(status().isOk()).andReturn());

        assertThat(none.select("h1").text()).isEqualTo("已退出");
        assertThat(french.select("h1").text()).isEqualTo("已退出");
        assertThat(french.select("html").attr("lang")).isEqualTo("zh-CN");
    }

    @Test
    void englishForABrowserThatAsksForItFirst() throws Exception {
        Document page = html(mvc.perform(get("/signed-out").header("Accept-Language", "en-GB,en;q=0.9,zh-CN;q=0.8"))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("Signed out");
        assertThat(page.select("#sign-in").text()).isEqualTo("Sign in again");
    }

    @Test
    void aChosenLanguageIsRememberedOverWhatTheBrowserAsksFor() throws Exception {
        Cookie chosen = mvc.perform(get("/signed-out?lang=en").header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(cookie().httpOnly("KAM_CONSOLE_LANG", true))
                .andReturn().getResponse().getCookie("KAM_CONSOLE_LANG");
        assertThat(chosen).isNotNull();
        assertThat(chosen.getMaxAge()).isEqualTo(365 * 24 * 3600);

        Document later = html(mvc.perform(get("/signed-out").header("Accept-Language", "zh-CN").cookie(chosen))
                .andExpect(status().isOk()).andReturn());

        assertThat(later.select("h1").text()).isEqualTo("Signed out");
        assertThat(later.select("#lang-en").hasClass("current")).isTrue();
    }

    @Test
    void theLanguageSwitchComesBackToTheSamePageWithItsQuery() throws Exception {
        Document page = html(mvc.perform(get("/signed-out?from=pipeline&lang=en")).andExpect(status().isOk()).andReturn());

        assertThat(page.select("#lang-zh").attr("href")).isEqualTo("/signed-out?from=pipeline&lang=zh-CN");
        assertThat(page.select("#lang-en").attr("href")).isEqualTo("/signed-out?from=pipeline&lang=en");
    }

    @Test
    void theSignedOutPageNeedsNoSignInAndOffersToSignInAgain() throws Exception {
        Document page = html(mvc.perform(get("/signed-out")).andExpect(status().isOk()).andReturn());

        assertThat(page.select("#sign-in").attr("href")).isEqualTo("/");
        assertThat(page.select("#sign-out, nav.sections")).isEmpty();
    }

    @Test
    void theErrorPageIsTheConsolesOwnInTheUsersLanguageAndShowsNoStackTrace() throws Exception {
        Document page = html(mvc.perform(get("/error").accept(MediaType.TEXT_HTML).header("Accept-Language", "en")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/pipeline")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("boom at com.kamsuite.console.X")))
                .andExpect(status().isInternalServerError()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("Something went wrong");
        assertThat(page.select("main").text()).contains("The console could not answer. Please try again.");
        assertThat(page.text()).doesNotContain("boom", "IllegalStateException", "Whitelabel", "Apache Tomcat", "at com.");
    }

    @Test
    void aForbiddenPageSaysSoInChinese() throws Exception {
        Document page = html(mvc.perform(get("/error").accept(MediaType.TEXT_HTML).requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/funnel/settings"))
                .andExpect(status().isForbidden()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("无权操作");
        assertThat(page.select("main").text()).contains("你的角色不能执行此操作。");
    }
}

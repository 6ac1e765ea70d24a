package com.kamsuite.kit.web;

import com.kamsuite.embedded.test.ClientMistakes;
import com.kamsuite.embedded.test.TestTokens;
import com.kamsuite.kit.KitIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** What the servlet container refuses before Spring MVC runs is a 4xx Problem Details too, never Tomcat's HTML or a 500. */
class ClientMistakesIntegrationTest extends KitIntegrationTest {

    @LocalServerPort
    int port;

    private final String token = TestTokens.bearer(TestTokens.forUser("p-1", "div-a", "ACCOUNT_MANAGER"));

    @Test
    void everyKindOfClientMistakeIsA4xxProblemDetails() {
        var answers = ClientMistakes.assertAllAnsweredWithProblemDetails(port, "/test-customers", "/test-customers", token);
        assertThat(answers.get("invalid UTF-8 in a query parameter").status()).isEqualTo(400);
        assertThat(answers.get("invalid UTF-8 in a query parameter").body()).contains("/problems/invalid-encoding");
        assertThat(answers.get("malformed percent-encoding in the path").body()).contains("/problems/unreadable-request");
        assertThat(answers.get("unsupported media type").status()).isEqualTo(415);
    }

    @Test
    void invalidEncodingIsRefusedBeforeTheTokenIsEvenLookedAtAndInChinese() {
        var answer = ClientMistakes.send(port, "GET /test-customers?name=%ff HTTP/1.1\r\nAccept-Language: zh-CN\r\n");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("编码无效");
    }

    @Test
    void tomcatsOwnRefusalsAreLocalised() {
        var answer = ClientMistakes.send(port, "GET /test-customers/%zz HTTP/1.1\r\nAccept-Language: zh-CN\r\n");
        assertThat(answer.isProblemDetails()).as(answer.toString()).isTrue();
        assertThat(answer.body()).contains("请求格式错误");
    }
}

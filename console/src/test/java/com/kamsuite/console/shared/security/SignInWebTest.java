package com.kamsuite.console.shared.security;

import com.kamsuite.console.support.ConsoleWebTestSupport;
import com.kamsuite.console.support.FakeIdentityProvider;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static com.kamsuite.console.support.Answers.board;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The console as a backend-for-frontend: sign-in with PKCE, the person's own token on every call to the gateway and
 * nothing of one session in another, the token refreshed before it expires, sign-out at both ends.
 */
class SignInWebTest extends ConsoleWebTestSupport {

    @Test
    void someoneNotSignedInIsSentToSignInAtTheIdentityProviderWithPkce() throws Exception {
        mvc.perform(get("/pipeline")).andExpect(status().isFound()).andExpect(redirectedUrl("/oauth2/authorization/kam"));

        String location = mvc.perform(get("/oauth2/authorization/kam")).andExpect(status().isFound())
                .andReturn().getResponse().getRedirectedUrl();
        UriComponents authorize = UriComponentsBuilder.fromUriString(location).build();
        assertThat(location).startsWith(FakeIdentityProvider.instance().issuer() + "/oauth2/authorize?");
        assertThat(authorize.getQueryParams().getFirst("response_type")).isEqualTo("code");
        assertThat(authorize.getQueryParams().getFirst("client_id")).isEqualTo("kam-console");
        assertThat(authorize.getQueryParams().getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(authorize.getQueryParams().getFirst("code_challenge")).isNotBlank();
        assertThat(authorize.getQueryParams().getFirst("scope")).isEqualTo("openid%20profile");
    }

    @Test
    void everyCallCarriesTheTokenOfThePersonsOwnSessionAndNoAnswerCrossesToAnotherDivision() throws Exception {
        MockHttpSession liu = new MockHttpSession();
        MockHttpSession zhou = new MockHttpSession();
        String gridBoard = board().replace("开关柜框架协议", "变压器改造").replace("上海电气", "国网江苏");
        answerGet("/api/opportunities/pipeline/board", LIU_YANG, board());
        answerGet("/api/opportunities/pipeline/board", ZHOU_JIE, gridBoard);
        answerGet("/api/opportunities/pipeline/board", LIU_YANG, board());

        String liuFirst = mvc.perform(get("/pipeline").with(as(LIU_YANG, liu))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String zhouPage = mvc.perform(get("/pipeline").with(as(ZHOU_JIE, zhou))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String liuAgain = mvc.perform(get("/pipeline").with(as(LIU_YANG, liu))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(liuFirst).contains("开关柜框架协议").doesNotContain("变压器改造");
        assertThat(zhouPage).contains("变压器改造", "国网江苏").doesNotContain("开关柜框架协议", "上海电气");
        assertThat(liuAgain).contains("开关柜框架协议").doesNotContain("变压器改造");
    }

    @Test
    void aTokenThatExpiresWithinRefreshBeforeExpiryIsRefreshedBeforeTheGatewayIsCalledAndTheNewOneIsKept() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String refreshed = "refreshed-from-" + LIU_YANG.refreshToken();
        gateway.expect(request -> assertThat(request.getURI().getPath()).isEqualTo("/api/opportunities/pipeline/board"))
                .andExpect(header("Authorization", "Bearer " + refreshed))
                .andRespond(withSuccess(board(), org.springframework.http.MediaType.APPLICATION_JSON));
        gateway.expect(request -> assertThat(request.getURI().getPath()).isEqualTo("/api/opportunities/pipeline/board"))
                .andExpect(header("Authorization", "Bearer " + refreshed))
                .andRespond(withSuccess(board(), org.springframework.http.MediaType.APPLICATION_JSON));

        mvc.perform(get("/pipeline").with(as(LIU_YANG, session, Duration.ofMinutes(2), LIU_YANG.refreshToken())))
                .andExpect(status().isOk());
        mvc.perform(get("/pipeline").with(as(LIU_YANG, session))).andExpect(status().isOk());

        assertThat(FakeIdentityProvider.instance().tokenRequests()).as("one refresh, the refreshed token then lasting")
                .containsExactly(Map.of("grant_type", "refresh_token", "refresh_token", LIU_YANG.refreshToken()));
        assertThat(FakeIdentityProvider.instance().tokenAuthorizations()).containsExactly("Basic "
                + Base64.getEncoder().encodeToString("kam-console:kam-console-secret".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aTokenWithMoreTimeLeftThanRefreshBeforeExpiryIsUsedAsItIs() throws Exception {
        answerGet("/api/opportunities/pipeline/board", LIU_YANG, board());

        mvc.perform(get("/pipeline").with(as(LIU_YANG, new MockHttpSession(), Duration.ofMinutes(4), LIU_YANG.refreshToken())))
                .andExpect(status().isOk());

        assertThat(FakeIdentityProvider.instance().tokenRequests()).isEmpty();
    }

    @Test
    void whenTheIdentityProviderRefusesTheRefreshTheSessionEndsAndThePersonSignsInAgain() throws Exception {
        MockHttpSession session = new MockHttpSession();

        mvc.perform(get("/pipeline").with(as(LIU_YANG, session, Duration.ofSeconds(10), FakeIdentityProvider.REVOKED)))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/"));

        assertThat(session.isInvalid()).isTrue();
        assertThat(FakeIdentityProvider.instance().tokenRequests()).hasSize(1);
    }

    @Test
    void signingOutEndsTheSessionHereAndAtTheIdentityProvider() throws Exception {
        MockHttpSession session = new MockHttpSession();

        String location = mvc.perform(post("/logout").with(as(LIU_YANG, session)).with(csrf()))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();

        UriComponents endSession = UriComponentsBuilder.fromUriString(location).build();
        assertThat(location).startsWith(FakeIdentityProvider.instance().issuer() + "/connect/logout?");
        assertThat(endSession.getQueryParams().getFirst("id_token_hint")).isEqualTo("id-token-of-liu.yang");
        assertThat(endSession.getQueryParams().getFirst("post_logout_redirect_uri")).isEqualTo("http://localhost/signed-out");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void signingOutWithoutTheCsrfTokenIsRefused() throws Exception {
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/logout").with(as(LIU_YANG, session))).andExpect(status().isForbidden());

        assertThat(session.isInvalid()).isFalse();
    }
}

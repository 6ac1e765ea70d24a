package com.kamsuite.console.support;

import com.kamsuite.console.shared.security.KamUser;
import com.kamsuite.runtime.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.restclient.test.autoconfigure.AutoConfigureMockRestServiceServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.client.RequestMatcher;
import org.springframework.test.web.client.ResponseActions;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

/**
 * The whole console (security chain, controllers, templates, messages) driven through MockMvc. The gateway behind it
 * is a {@code MockRestServiceServer} bound to the RestClient.Builder the {@code Gateway} is built from, answering
 * what the services answer; the identity provider is {@link FakeIdentityProvider}. Every test class extends this
 * one, so they share one Spring context.
 *
 * <p>A person is signed in as the sign-in leaves them: an {@code OAuth2AuthenticationToken} of registration
 * {@code kam} whose principal is a {@link KamUser} with the claims the identity provider issues ({@code sub},
 * {@code name}, {@code division}, {@code roles}), and their authorized client (access and refresh token) in their
 * HTTP session, saved through the console's own repository. Not spring-security-test's {@code oidcLogin()}: it
 * swaps the authorized-client manager's repository for a request-scoped one holding a fixed token, which would hide
 * whether the Gateway forwards the token of the person's own session, the very thing these tests check.
 */
@SpringBootTest(properties = {
        "kam.console.gateway-url=" + ConsoleWebTestSupport.GATEWAY,
        // Longer than Spring Security's default clock skew (60 s), so a test can tell that the setting is applied.
        "kam.console.oidc.refresh-before-expiry=" + ConsoleWebTestSupport.REFRESH_BEFORE_EXPIRY,
        "logging.structured.format.console="})
@AutoConfigureMockMvc
@AutoConfigureMockRestServiceServer
public abstract class ConsoleWebTestSupport {

    public static final String GATEWAY = "http://gateway.test";
    public static final String REFRESH_BEFORE_EXPIRY = "PT3M";

    public static final Person LIU_YANG = new Person("liu.yang", "刘洋", "div-power", Roles.ACCOUNT_MANAGER);
    public static final Person WANG_FANG = new Person("wang.fang", "王芳", "div-power", Roles.SALES_MANAGER);
    public static final Person ZHAO_LEI = new Person("zhao.lei", "赵磊", "div-power", Roles.FINANCE);
    public static final Person SUN_LI = new Person("sun.li", "孙丽", "div-power", Roles.HR);
    public static final Person QIAN_MIN = new Person("qian.min", "钱敏", "div-power", Roles.SALES_OPERATIONS);
    public static final Person ZHOU_JIE = new Person("zhou.jie", "周杰", "div-grid", Roles.ACCOUNT_MANAGER);

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected MockRestServiceServer gateway;
    @Autowired
    private ClientRegistrationRepository registrations;
    @Autowired
    private OAuth2AuthorizedClientRepository authorizedClients;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add("kam.console.oidc.issuer-uri", () -> FakeIdentityProvider.instance().issuer());
    }

    @BeforeEach
    void forgetTheIdentityProvidersCalls() {
        FakeIdentityProvider.instance().reset();
    }

    @AfterEach
    void everyExpectedGatewayCallWasMade() {
        gateway.verify();
    }

    /** A person as the identity provider knows them: the claims of their tokens. */
    public record Person(String sub, String name, String division, String... roles) {

        public String accessToken() {
            return "access-token-of-" + sub;
        }

        public String refreshToken() {
            return "refresh-token-of-" + sub;
        }
    }

    /** {@code person} signed in, in {@code session}, with an access token that is valid for another hour. */
    protected RequestPostProcessor as(Person person, MockHttpSession session) {
        return as(person, session, Duration.ofHours(1), person.refreshToken());
    }

    /** {@code person} signed in, in {@code session}, with an access token that expires in {@code left}. */
    protected RequestPostProcessor as(Person person, MockHttpSession session, Duration left, String refreshToken) {
        ClientRegistration registration = registrations.findByRegistrationId("kam");
        KamUser user = userOf(person);
        return request -> {
            request.setSession(session);
            OAuth2AuthenticationToken authentication = new OAuth2AuthenticationToken(user, user.getAuthorities(), "kam");
            if (authorizedClients.loadAuthorizedClient("kam", authentication, request) == null) {
                Instant now = Instant.now();
                OAuth2AuthorizedClient client = new OAuth2AuthorizedClient(registration, person.sub(),
                        new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, person.accessToken(), now.minus(Duration.ofMinutes(5)), now.plus(left)),
                        new OAuth2RefreshToken(refreshToken, now.minus(Duration.ofMinutes(5))));
                authorizedClients.saveAuthorizedClient(client, authentication, request, new MockHttpServletResponse());
            }
            return authentication(authentication).postProcessRequest(request);
        };
    }

    /** {@code person} signed in, in a session of their own. */
    protected RequestPostProcessor as(Person person) {
        return as(person, new MockHttpSession());
    }

    protected static KamUser userOf(Person person) {
        Instant now = Instant.now();
        OidcIdToken idToken = new OidcIdToken("id-token-of-" + person.sub(), now, now.plus(Duration.ofHours(1)),
                Map.of("sub", person.sub(), "name", person.name(), "division", person.division(), "roles", List.of(person.roles()),
                        "iss", FakeIdentityProvider.instance().issuer()));
        List<SimpleGrantedAuthority> authorities = java.util.Arrays.stream(person.roles()).map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        return new KamUser(authorities, idToken, null, person.division(), person.name());
    }

    /** The gateway is asked {@code GET path} (query parameters are the caller's to match) as {@code person}. */
    protected ResponseActions expectGet(String path, Person person, RequestMatcher... more) {
        ResponseActions call = gateway.expect(request -> assertThat(request.getURI().getPath()).isEqualTo(path))
                .andExpect(method(HttpMethod.GET))
                .andExpect(header("Authorization", "Bearer " + person.accessToken()));
        for (RequestMatcher matcher : more) {
            call = call.andExpect(matcher);
        }
        return call;
    }

    protected void answerGet(String path, Person person, String json, RequestMatcher... more) {
        expectGet(path, person, more).andRespond(withSuccess(json, MediaType.APPLICATION_JSON));
    }

    protected ResponseActions expectCall(HttpMethod verb, String path, Person person) {
        return gateway.expect(request -> assertThat(request.getURI().getPath()).isEqualTo(path))
                .andExpect(method(verb))
                .andExpect(header("Authorization", "Bearer " + person.accessToken()));
    }

    /** The page as a browser's DOM would hold it. */
    protected static org.jsoup.nodes.Document html(org.springframework.test.web.servlet.MvcResult result) throws java.io.UnsupportedEncodingException {
        return org.jsoup.Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A query parameter of the call to the gateway. */
    protected static RequestMatcher query(String name, String value) {
        return org.springframework.test.web.client.match.MockRestRequestMatchers.queryParam(name, value);
    }

    /** The gateway refuses with a service's Problem Details. */
    protected static org.springframework.test.web.client.ResponseCreator problem(int status, String json) {
        return withStatus(org.springframework.http.HttpStatusCode.valueOf(status))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(json);
    }
}

package dev.mockapis.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint under {@code /api} and {@code /admin}, found from the application's own request
 * mappings so that a new one cannot be forgotten, refuses a caller without the staff token.
 */
@AssistantTest
class AccessControlTests {

    @Autowired
    MockMvc mockMvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiAndAdminEndpointAnswersAnAnonymousCallerWith401() throws Exception {
        List<String> endpoints = endpoints();
        assertThat(endpoints)
                .as("the protected endpoints")
                .contains("GET /api/customers/x/history", "POST /api/chat", "GET /admin/status")
                .hasSizeGreaterThanOrEqualTo(10);

        for (String endpoint : endpoints) {
            String[] methodAndPath = endpoint.split(" ", 2);
            MockHttpServletResponse anonymous = mockMvc.perform(
                            request(HttpMethod.valueOf(methodAndPath[0]), methodAndPath[1]))
                    .andReturn()
                    .getResponse();
            MockHttpServletResponse wrongToken = mockMvc.perform(
                            request(HttpMethod.valueOf(methodAndPath[0]), methodAndPath[1])
                                    .header("Authorization", "Bearer not-the-token"))
                    .andReturn()
                    .getResponse();

            assertThat(anonymous.getStatus()).as("anonymous " + endpoint).isEqualTo(401);
            assertThat(anonymous.getHeader("WWW-Authenticate")).as(endpoint).isEqualTo("Bearer");
            assertThat(wrongToken.getStatus()).as("wrong token " + endpoint).isEqualTo(401);
        }
    }

    @Test
    void withTheStaffTokenTheSameEndpointsAnswer() throws Exception {
        mockMvc.perform(request(HttpMethod.GET, "/api/customers/whatsapp:+15551234567/history")
                        .header("Authorization", StaffToken.BEARER))
                .andExpect(status().isOk());
    }

    @Test
    void theEndpointThatSignsWebhooksExistsOnlyInTheDemoProfile() throws Exception {
        assertThat(mappings.getHandlerMethods().keySet())
                .flatExtracting(info -> info.getPatternValues())
                .isNotEmpty()
                .noneMatch(pattern -> pattern.startsWith("/demo"));
        mockMvc.perform(request(HttpMethod.POST, "/demo/messages")
                        .contentType("application/json")
                        .content("{\"phone\":\"+15551234567\",\"name\":\"Eve\",\"text\":\"hi\"}"))
                .andExpect(status().isNotFound());
    }

    /** Every mapped method and path under /api or /admin, path variables filled with {@code x}. */
    private List<String> endpoints() {
        List<String> endpoints = new ArrayList<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().stream()
                        .filter(pattern -> pattern.startsWith("/api/") || pattern.startsWith("/admin/"))
                        .forEach(pattern -> {
                            String path = pattern.replaceAll("\\{[^}]+}", "x");
                            info.getMethodsCondition().getMethods().stream()
                                    .map(RequestMethod::name)
                                    .forEach(method -> endpoints.add(method + " " + path));
                        }));
        return endpoints;
    }
}

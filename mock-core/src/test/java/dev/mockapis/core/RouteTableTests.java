package dev.mockapis.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTests {

    private final RouteTable routes = RouteTable.builder()
            .route("POST", "/2010-04-01/Accounts/{AccountSid}/Messages.json", "messages.create")
            .route("GET", "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json", "messages.fetch")
            .route("GET", "/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json", "messages.media.list")
            .route("POST", "/v1beta/models/{model}:generateContent", "models.generate_content")
            .build();

    @Test
    void matchesMethodAndPathAndExtractsVariables() {
        RouteMatch match = routes.match("GET", "/2010-04-01/Accounts/AC123/Messages/SM456.json")
                .orElseThrow();

        assertThat(match.operationId()).isEqualTo("messages.fetch");
        assertThat(match.pathVariables()).containsExactly(Map.entry("AccountSid", "AC123"), Map.entry("Sid", "SM456"));
    }

    @Test
    void variablesStopAtTheLiteralTextThatFollowsThemInASegment() {
        RouteMatch match = routes.match("POST", "/v1beta/models/gemini-2.5-flash:generateContent")
                .orElseThrow();

        assertThat(match.pathVariables()).containsEntry("model", "gemini-2.5-flash");
    }

    @Test
    void aVariableNeverSpansSegments() {
        assertThat(routes.match("GET", "/2010-04-01/Accounts/AC1/Messages/SM1/extra.json"))
                .isEmpty();
    }

    @Test
    void theMethodMustMatchToo() {
        assertThat(routes.match("DELETE", "/2010-04-01/Accounts/AC1/Messages.json"))
                .isEmpty();
    }

    @Test
    void closestRoutesPutTheSamePathWithAnotherMethodFirst() {
        assertThat(routes.closest("PUT", "/2010-04-01/Accounts/AC1/Messages.json", 2))
                .extracting(Route::operationId)
                .containsExactly("messages.create", "messages.fetch");
    }

    @Test
    void closestRoutesRankTyposByEditDistance() {
        assertThat(routes.closest("GET", "/2010-04-01/Accounts/AC1/Mesages/SM1/Media.json", 1))
                .extracting(Route::operationId)
                .containsExactly("messages.media.list");
    }

    @Test
    void templatesMustBeAbsolutePaths() {
        assertThatThrownBy(() -> PathTemplate.of("v1/notes"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("starts with '/'");
    }
}

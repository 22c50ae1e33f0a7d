package dev.mockapis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockapis.server.internal.KnownApi;
import dev.mockapis.server.internal.ServerOptions;
import dev.mockapis.server.internal.TwilioAccount;
import dev.mockapis.server.internal.UsageException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ServerOptionsTests {

    @Test
    void withoutArgumentsEveryFakeStartsOnAFreePort() {
        ServerOptions options = ServerOptions.parse();

        assertThat(options.apis()).containsExactly(KnownApi.values());
        assertThat(options.port(KnownApi.OPENAI)).isZero();
        assertThat(options.adminPort()).isZero();
        assertThat(options.scenarioDirectory()).isEmpty();
        assertThat(options.urlsFile()).isEmpty();
        assertThat(options.twilioAccount()).isEqualTo(TwilioAccount.DEFAULT);
    }

    @Test
    void readsEveryOptionInBothSpellings() {
        ServerOptions options = ServerOptions.parse(
                "--apis",
                "twilio, openai",
                "--port",
                "openai=8081",
                "--port=twilio=8082",
                "--admin-port=9090",
                "--scenarios",
                "scenarios",
                "--urls-file",
                "out/urls.json",
                "--twilio-account-sid",
                "AC00000000000000000000000000000001",
                "--twilio-auth-token",
                "secret");

        assertThat(options.apis()).containsExactly(KnownApi.OPENAI, KnownApi.TWILIO);
        assertThat(options.port(KnownApi.OPENAI)).isEqualTo(8081);
        assertThat(options.port(KnownApi.TWILIO)).isEqualTo(8082);
        assertThat(options.adminPort()).isEqualTo(9090);
        assertThat(options.scenarioDirectory()).contains(Path.of("scenarios"));
        assertThat(options.urlsFile()).contains(Path.of("out/urls.json"));
        assertThat(options.twilioAccount())
                .isEqualTo(new TwilioAccount("AC00000000000000000000000000000001", "secret"));
    }

    @Test
    void modesAndTheRecordingsDirectoryComeAheadOfSystemProperties() {
        ServerOptions options = ServerOptions.parse("--mode", "replay", "--mode=openai=record", "--recordings", "rec");

        assertThat(options.setting("mockapis.mode")).isEqualTo("replay");
        assertThat(options.setting("mockapis.openai.mode")).isEqualTo("record");
        assertThat(options.setting("mockapis.recordings.dir")).isEqualTo("rec");
        assertThat(ServerOptions.parse().setting("mockapis.recordings.dir"))
                .isEqualTo(ServerOptions.DEFAULT_RECORDINGS);
    }

    @Test
    void anUnknownModeOrApiInModeIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> ServerOptions.parse("--mode", "openai=rec"))
                .isInstanceOf(UsageException.class)
                .hasMessage("Unknown mode 'rec' in --mode; known: auto, record, replay, fake");
        assertThatThrownBy(() -> ServerOptions.parse("--mode", "openia=record"))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("Unknown api 'openia' in --mode; known: openai");
    }

    @Test
    void portsMayBeListedInOneOption() {
        ServerOptions options = ServerOptions.parse("--port", "openai=8081,gemini=8083");

        assertThat(options.port(KnownApi.OPENAI)).isEqualTo(8081);
        assertThat(options.port(KnownApi.GEMINI)).isEqualTo(8083);
    }

    @Test
    void anUnknownApiIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> ServerOptions.parse("--apis", "openai,mistral"))
                .isInstanceOf(UsageException.class)
                .hasMessage("Unknown api 'mistral' in --apis; known: openai, twilio, anthropic, gemini, deepseek");
    }

    @Test
    void aPortForAnApiThatDoesNotStartIsRefused() {
        assertThatThrownBy(() -> ServerOptions.parse("--apis", "twilio", "--port", "openai=8081"))
                .isInstanceOf(UsageException.class)
                .hasMessage("--port names openai, which --apis does not start");
    }

    @Test
    void badPortsAndMissingValuesAreRefused() {
        assertThatThrownBy(() -> ServerOptions.parse("--port", "openai=eighty")).hasMessageContaining("got 'eighty'");
        assertThatThrownBy(() -> ServerOptions.parse("--admin-port", "70000")).hasMessageContaining("from 0 to 65535");
        assertThatThrownBy(() -> ServerOptions.parse("--port", "8081")).hasMessageContaining("API=PORT");
        assertThatThrownBy(() -> ServerOptions.parse("--scenarios", "--apis", "openai"))
                .hasMessage("--scenarios needs a value");
        assertThatThrownBy(() -> ServerOptions.parse("--verbose")).hasMessage("Unknown option '--verbose'");
    }
}

package dev.mockapis.sample.demo;

import dev.mockapis.MockApiServers;
import dev.mockapis.twilio.StatusCallback;
import dev.mockapis.twilio.TwilioFake;
import dev.mockapis.twilio.TwilioSignatures;
import java.net.URI;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Does what Twilio does after sending a message: every half second the Twilio fake's messages are
 * delivered (or fail, as its scenario says) and the status callbacks are posted, signed, to the
 * application's {@code StatusCallback} path on the port the demo runs on.
 */
@Component
@Profile("demo")
class StatusCallbackPump {

    private final MockApiServers servers;
    private final Environment environment;
    private final RestClient http = RestClient.create();

    StatusCallbackPump(MockApiServers servers, Environment environment) {
        this.servers = servers;
        this.environment = environment;
    }

    @Scheduled(fixedDelay = 500, initialDelay = 500)
    void deliver() {
        String port = environment.getProperty("local.server.port");
        if (port == null) {
            return;
        }
        TwilioFake twilio = (TwilioFake) servers.server("twilio").api();
        twilio.deliverAll();
        String authToken = environment.getRequiredProperty("twilio.auth-token");
        for (StatusCallback callback : twilio.takeStatusCallbacks()) {
            String url = "http://127.0.0.1:" + port + URI.create(callback.url()).getPath();
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            callback.params().forEach(form::add);
            http.post()
                    .uri(url)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .header(
                            "X-Twilio-Signature",
                            TwilioSignatures.forAuthToken(authToken).sign(url, callback.params()))
                    .header("User-Agent", "TwilioProxy/1.1")
                    .body(form)
                    .retrieve()
                    .toBodilessEntity();
        }
    }
}

package dev.mockapis.sample.demo;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mockapis.MockApis;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo, whose endpoints sign webhooks and need no login, listens on the loopback interface only.
 * Configured as {@link DemoPageBrowserTests} is, so both share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@MockApis(openai = DemoScenario.NAME)
class DemoBindingTests {

    @LocalServerPort
    int port;

    @Test
    void theDemoAnswersOnLoopbackAndRefusesConnectionsOnTheMachinesOtherAddresses() throws IOException {
        Optional<InetAddress> external = externalAddress();
        assumeTrue(external.isPresent(), "this machine has no network address besides loopback");

        assertThatCode(() -> connect(InetAddress.getLoopbackAddress())).doesNotThrowAnyException();
        assertThatThrownBy(() -> connect(external.get())).isInstanceOf(ConnectException.class);
    }

    private void connect(InetAddress address) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
        }
    }

    private static Optional<InetAddress> externalAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(network -> {
                    try {
                        return network.isUp() && !network.isLoopback();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
    }
}

package dev.mockapis.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.twilio.base.ResourceSet;
import com.twilio.exception.ApiException;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.message.Media;
import com.twilio.type.PhoneNumber;
import dev.mockapis.core.internal.JsonSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Media both ways through twilio-java: outbound MediaUrl as Media resources, inbound files served with Basic auth. */
class TwilioMediaTests {

    private static final String CUSTOMER = "whatsapp:+14155550100";
    private static final String BUSINESS = "whatsapp:+14155238886";
    private static final byte[] VOICE_NOTE = {'O', 'g', 'g', 'S', 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4};

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static final TwilioTestFixture twilio = new TwilioTestFixture().openingWindow(CUSTOMER, BUSINESS);

    @Test
    void outboundMediaUrlsBecomeMediaResourcesListedFetchedAndDeleted() {
        Message sent = send(
                "whatsapp:+14155550100",
                List.of("https://shop.example.com/receipts/42.pdf", "https://shop.example.com/photo.jpg"));

        assertThat(sent.getSid()).startsWith("MM");
        assertThat(sent.getNumMedia()).isEqualTo("2");
        assertThat(sent.getSubresourceUris())
                .containsEntry(
                        "media",
                        "/2010-04-01/Accounts/" + TwilioTestFixture.ACCOUNT_SID + "/Messages/" + sent.getSid()
                                + "/Media.json");
        List<Media> media = list(sent.getSid());
        assertThat(media).extracting(Media::getContentType).containsExactly("application/pdf", "image/jpeg");
        assertThat(media).allSatisfy(file -> {
            assertThat(file.getSid()).matches("ME[0-9a-f]{32}");
            assertThat(file.getParentSid()).isEqualTo(sent.getSid());
            assertThat(file.getAccountSid()).isEqualTo(TwilioTestFixture.ACCOUNT_SID);
            assertThat(file.getDateCreated()).isNotNull();
            assertThat(file.getUri())
                    .isEqualTo("/2010-04-01/Accounts/" + TwilioTestFixture.ACCOUNT_SID + "/Messages/" + sent.getSid()
                            + "/Media/" + file.getSid() + ".json");
        });

        Media fetched = Media.fetcher(sent.getSid(), media.get(1).getSid()).fetch(twilio.client);
        assertThat(fetched).isEqualTo(media.get(1));

        assertThat(Media.deleter(sent.getSid(), media.get(0).getSid()).delete(twilio.client))
                .isTrue();
        assertThat(list(sent.getSid()))
                .extracting(Media::getSid)
                .containsExactly(media.get(1).getSid());
        assertThatThrownBy(() ->
                        Media.fetcher(sent.getSid(), media.get(0).getSid()).fetch(twilio.client))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(404);
                    assertThat(e.getCode()).isEqualTo(20404);
                });
    }

    @Test
    void theMediaListOfAnUnknownMessageIsNotFound() {
        assertThatThrownBy(() -> list("MM0123456789abcdef0123456789abcdef"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.getCode()).isEqualTo(20404));
    }

    @Test
    void moreThanTenMediaUrlsAreRefusedWith21623() {
        List<String> urls = IntStream.rangeClosed(1, 11)
                .mapToObj(i -> "https://shop.example.com/" + i + ".jpg")
                .toList();

        assertThatThrownBy(() -> send("+14155550100", urls)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(400);
            assertThat(e.getCode()).isEqualTo(21623);
            assertThat(e.getMessage()).isEqualTo("Number of media files exceeds allowed limit");
        });
    }

    @Test
    void mediaWhatsAppDoesNotTakeIsCreatedThenFailsWith63021() {
        twilio.fake.mediaAt("https://shop.example.com/animation", "image/gif", new byte[] {'G', 'I', 'F'});

        Message sent = send(CUSTOMER, List.of("https://shop.example.com/animation"));
        twilio.fake.deliverAll();

        Message failed = Message.fetcher(sent.getSid()).fetch(twilio.client);
        assertThat(failed.getStatus()).isEqualTo(Message.Status.FAILED);
        assertThat(failed.getErrorCode()).isEqualTo(63021);
        assertThat(failed.getErrorMessage()).isEqualTo("Channel invalid content error");
        assertThat(list(sent.getSid())).extracting(Media::getContentType).containsExactly("image/gif");
    }

    @Test
    void whatsAppSizeLimitsFailTheMessageWithTwiliosCodes() {
        twilio.fake.mediaAt("https://shop.example.com/big.png", "image/png", new byte[5 * 1024 * 1024 + 1]);
        twilio.fake.mediaAt("https://shop.example.com/huge.mp4", "video/mp4", new byte[16 * 1024 * 1024 + 1]);
        twilio.fake.mediaAt("https://shop.example.com/fine.mp4", "video/mp4", new byte[6 * 1024 * 1024]);
        twilio.fake.mediaAt("https://shop.example.com/empty.pdf", "application/pdf", new byte[0]);

        Message bigImage = send(CUSTOMER, List.of("https://shop.example.com/big.png"));
        Message hugeVideo = send(CUSTOMER, List.of("https://shop.example.com/huge.mp4"));
        Message fineVideo = send(CUSTOMER, List.of("https://shop.example.com/fine.mp4"));
        Message empty = send(CUSTOMER, List.of("https://shop.example.com/empty.pdf"));
        twilio.fake.deliverAll();

        assertThat(errorCode(bigImage)).isEqualTo(63034);
        assertThat(errorCode(hugeVideo)).isEqualTo(11751);
        assertThat(errorCode(empty)).isEqualTo(63019);
        Message delivered = Message.fetcher(fineVideo.getSid()).fetch(twilio.client);
        assertThat(delivered.getStatus()).isEqualTo(Message.Status.DELIVERED);
        assertThat(twilio.fake.takeStatusCallbacks()).isEmpty();
    }

    @Test
    void mmsOverFiveMegabytesOrOfATypeTwilioDoesNotAcceptFails() {
        twilio.fake.mediaAt("https://shop.example.com/a.jpg", "image/jpeg", new byte[3 * 1024 * 1024]);
        twilio.fake.mediaAt("https://shop.example.com/b.jpg", "image/jpeg", new byte[3 * 1024 * 1024]);
        twilio.fake.mediaAt("https://shop.example.com/app.zip", "application/zip", new byte[10]);

        Message tooLarge =
                send("+14155550100", List.of("https://shop.example.com/a.jpg", "https://shop.example.com/b.jpg"));
        Message zip = send("+14155550100", List.of("https://shop.example.com/app.zip"));
        Message unknownUrl = send("+14155550100", List.of("https://cdn.example.com/file?id=7"));
        twilio.fake.deliverAll();

        assertThat(errorCode(tooLarge)).isEqualTo(11751);
        assertThat(errorCode(zip)).isEqualTo(12300);
        assertThat(Message.fetcher(unknownUrl.getSid()).fetch(twilio.client).getStatus())
                .isEqualTo(Message.Status.DELIVERED);
    }

    @Test
    void inboundMediaIsServedWithBasicAuthAndListedUnderItsMessage() throws Exception {
        String inboundSid = "MM00000000000000000000000000000001";
        String path = twilio.fake.receiveMedia(inboundSid, "audio/ogg", VOICE_NOTE);
        URI url = URI.create(twilio.server.baseUrl() + path);

        HttpResponse<byte[]> withAuth =
                download(url, TwilioTestFixture.basic(TwilioTestFixture.ACCOUNT_SID, TwilioTestFixture.AUTH_TOKEN));
        HttpResponse<byte[]> withoutAuth = download(url, null);
        HttpResponse<byte[]> wrongToken =
                download(url, TwilioTestFixture.basic(TwilioTestFixture.ACCOUNT_SID, "0".repeat(32)));

        assertThat(path)
                .matches("/2010-04-01/Accounts/" + TwilioTestFixture.ACCOUNT_SID + "/Messages/" + inboundSid
                        + "/Media/ME[0-9a-f]{32}");
        assertThat(withAuth.statusCode()).isEqualTo(200);
        assertThat(withAuth.headers().firstValue("Content-Type")).hasValue("audio/ogg");
        assertThat(withAuth.body()).isEqualTo(VOICE_NOTE);
        assertThat(withoutAuth.statusCode()).isEqualTo(401);
        JsonNode error = JsonSupport.mapper().readTree(withoutAuth.body());
        assertThat(error.path("code").asInt()).isEqualTo(20003);
        assertThat(wrongToken.statusCode()).isEqualTo(401);
        assertThat(list(inboundSid))
                .singleElement()
                .satisfies(media -> assertThat(path).endsWith(media.getSid()))
                .extracting(Media::getContentType)
                .isEqualTo("audio/ogg");
    }

    @Test
    void forwardingAReceivedFileKeepsItsTypeAndServesItsBytesUnderTheNewMessage() throws Exception {
        String path = twilio.fake.receiveMedia("MM00000000000000000000000000000002", "audio/ogg", VOICE_NOTE);

        Message forwarded = send(CUSTOMER, List.of(twilio.server.baseUrl() + path));
        Media copy = list(forwarded.getSid()).get(0);
        HttpResponse<byte[]> content = download(
                URI.create(twilio.server.baseUrl() + copy.getUri().replace(".json", "")),
                TwilioTestFixture.basic(TwilioTestFixture.ACCOUNT_SID, TwilioTestFixture.AUTH_TOKEN));

        assertThat(copy.getContentType()).isEqualTo("audio/ogg");
        assertThat(content.body()).isEqualTo(VOICE_NOTE);
    }

    @Test
    void theFileOfMediaTheFakeNeverDownloadedIsNotFound() throws Exception {
        Message sent = send(CUSTOMER, List.of("https://shop.example.com/photo.jpg"));
        Media media = list(sent.getSid()).get(0);

        HttpResponse<byte[]> content = download(
                URI.create(twilio.server.baseUrl() + media.getUri().replace(".json", "")),
                TwilioTestFixture.basic(TwilioTestFixture.ACCOUNT_SID, TwilioTestFixture.AUTH_TOKEN));

        assertThat(content.statusCode()).isEqualTo(404);
    }

    private static Integer errorCode(Message message) {
        return Message.fetcher(message.getSid()).fetch(twilio.client).getErrorCode();
    }

    private static Message send(String to, List<String> mediaUrls) {
        List<URI> urls = new ArrayList<>();
        mediaUrls.forEach(url -> urls.add(URI.create(url)));
        String from = to.startsWith("whatsapp:") ? BUSINESS : "+15005550006";
        return Message.creator(new PhoneNumber(to), new PhoneNumber(from), urls).create(twilio.client);
    }

    private static List<Media> list(String messageSid) {
        ResourceSet<Media> media = Media.reader(messageSid).read(twilio.client);
        return StreamSupport.stream(media.spliterator(), false).toList();
    }

    private static HttpResponse<byte[]> download(URI url, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}

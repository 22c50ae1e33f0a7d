package dev.mockapis.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.core.JsonValue;
import com.openai.errors.BadRequestException;
import com.openai.errors.NotFoundException;
import com.openai.models.ChatModel;
import com.openai.models.conversations.Conversation;
import com.openai.models.conversations.ConversationUpdateParams;
import com.openai.models.conversations.items.ConversationItem;
import com.openai.models.conversations.items.ConversationItemList;
import com.openai.models.conversations.items.ItemCreateParams;
import com.openai.models.conversations.items.ItemDeleteParams;
import com.openai.models.conversations.items.ItemListParams;
import com.openai.models.conversations.items.ItemRetrieveParams;
import com.openai.models.responses.EasyInputMessage;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConversationsTests {

    @RegisterExtension
    static final OpenAiFakeExtension fake = new OpenAiFakeExtension();

    @Test
    void aConversationCanBeCreatedRetrievedUpdatedAndDeleted() {
        Conversation created = fake.client().conversations().create();

        Conversation updated = fake.client()
                .conversations()
                .update(
                        created.id(),
                        ConversationUpdateParams.builder()
                                .metadata(ConversationUpdateParams.Metadata.builder()
                                        .putAdditionalProperty("customer", JsonValue.from("42"))
                                        .build())
                                .build());
        Conversation retrieved = fake.client().conversations().retrieve(created.id());
        fake.client().conversations().delete(created.id());

        assertThat(created.id()).startsWith("conv_");
        assertThat(updated._metadata().toString()).contains("customer");
        assertThat(retrieved.id()).isEqualTo(created.id());
        assertThatThrownBy(() -> fake.client().conversations().retrieve(created.id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void responsesInAConversationSeeItsEarlierTurnsAndAppendTheirItems() {
        fake.server()
                .useScenario(OpenAiScenarios.builder("memory")
                        .when(
                                OpenAiMatchers.turn(
                                        "knows the order",
                                        turn -> turn.userTextContains("which order")
                                                && turn.messages().stream()
                                                        .anyMatch(message ->
                                                                message.text().contains("order 1234"))),
                                "Order 1234 ships today.")
                        .build());
        Conversation conversation = fake.client().conversations().create();

        fake.client().responses().create(params("I placed order 1234", conversation.id()));
        Response second = fake.client().responses().create(params("Which order was it?", conversation.id()));

        assertThat(ResponsesTests.text(second)).isEqualTo("Order 1234 ships today.");
        assertThat(second.conversation())
                .hasValueSatisfying(c -> assertThat(c.id()).isEqualTo(conversation.id()));
        List<String> texts = fake
                .client()
                .conversations()
                .items()
                .list(
                        conversation.id(),
                        ItemListParams.builder().order(ItemListParams.Order.ASC).build())
                .data()
                .stream()
                .map(ConversationsTests::text)
                .toList();
        assertThat(texts)
                .containsExactly(
                        "I placed order 1234",
                        "You said: \"I placed order 1234\"",
                        "Which order was it?",
                        "Order 1234 ships today.");
    }

    @Test
    void itemsCanBeAddedRetrievedAndDeleted() {
        Conversation conversation = fake.client().conversations().create();

        ConversationItemList added = fake.client()
                .conversations()
                .items()
                .create(ItemCreateParams.builder()
                        .conversationId(conversation.id())
                        .addItem(user("first"))
                        .addItem(user("second"))
                        .build());
        String firstId = added.data().get(0).asMessage().id();
        ConversationItem retrieved = fake.client()
                .conversations()
                .items()
                .retrieve(
                        firstId,
                        ItemRetrieveParams.builder()
                                .conversationId(conversation.id())
                                .build());
        fake.client()
                .conversations()
                .items()
                .delete(
                        firstId,
                        ItemDeleteParams.builder()
                                .conversationId(conversation.id())
                                .build());

        assertThat(text(retrieved)).isEqualTo("first");
        assertThat(fake.client().conversations().items().list(conversation.id()).data())
                .extracting(ConversationsTests::text)
                .containsExactly("second");
    }

    @Test
    void atMostTwentyItemsCanBeAddedAtOnce() {
        Conversation conversation = fake.client().conversations().create();
        ItemCreateParams.Builder tooMany = ItemCreateParams.builder().conversationId(conversation.id());
        IntStream.range(0, 21).forEach(i -> tooMany.addItem(user("item " + i)));

        assertThatThrownBy(() -> fake.client().conversations().items().create(tooMany.build()))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.param()).hasValue("items");
                    assertThat(e.code()).hasValue("array_above_max_length");
                });
    }

    @Test
    void autoPagingWalksThroughTwoHundredFiftyItemsNewestFirst() {
        Conversation conversation = fake.client().conversations().create();
        for (int batch = 0; batch < 13; batch++) {
            ItemCreateParams.Builder items = ItemCreateParams.builder().conversationId(conversation.id());
            IntStream.range(batch * 20, Math.min(250, batch * 20 + 20)).forEach(i -> items.addItem(user("item " + i)));
            fake.client().conversations().items().create(items.build());
        }
        int callsBefore = fake.server().interactions().size();

        List<String> texts = fake
                .client()
                .conversations()
                .items()
                .list(conversation.id(), ItemListParams.builder().limit(100).build())
                .autoPager()
                .stream()
                .map(ConversationsTests::text)
                .toList();

        assertThat(texts).hasSize(250).startsWith("item 249").endsWith("item 0");
        assertThat(new HashSet<>(texts)).hasSize(250);
        assertThat(fake.server().interactions().size() - callsBefore).isEqualTo(3);
    }

    @Test
    void anUnknownConversationIsNotFound() {
        assertThatThrownBy(() -> fake.client().conversations().items().list("conv_missing"))
                .isInstanceOfSatisfying(
                        NotFoundException.class,
                        e -> assertThat(e.getMessage()).contains("Conversation with id 'conv_missing' not found."));
    }

    private static ResponseCreateParams params(String input, String conversationId) {
        return ResponseCreateParams.builder()
                .model(ChatModel.GPT_4O)
                .input(input)
                .conversation(conversationId)
                .build();
    }

    private static EasyInputMessage user(String text) {
        return EasyInputMessage.builder()
                .role(EasyInputMessage.Role.USER)
                .content(text)
                .build();
    }

    private static String text(ConversationItem item) {
        return item.asMessage().content().stream()
                .map(content -> content.inputText()
                        .map(t -> t.text())
                        .orElseGet(() -> content.asOutputText().text()))
                .collect(Collectors.joining());
    }
}

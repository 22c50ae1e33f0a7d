package dev.mockapis.sample.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mockapis.MockApiServers;
import dev.mockapis.MockApis;
import dev.mockapis.sample.ApplicationStateReset;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo page in a real, headless Chromium: a person types on the phone, and sees the assistant's
 * replies as the Twilio fake delivered them and the calls the application made to each fake. The demo
 * runs as it does for a person (profile {@code demo}, a real port, the model played by the demo scenario);
 * this is the suite's second context.
 *
 * <p>It covers a chat with an order lookup, routing between intents (order, booking, a person, an
 * order again), a delivery failure shown with Twilio's code and meaning, a call opened on its request and
 * response, and the page at a phone's 390-pixel width (checked by layout, not pixels; the screenshot is
 * kept in {@code target/demo-page-390px.png}).
 *
 * <p>Each test leaves the application as the next expects it ({@link ApplicationStateReset}): the outage
 * test's open circuit breaker closed, no customer, conversation or booking carried over.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} ({@code apt-get install -y chromium
 * chromium-driver}); skipped, with that reason, where {@code /usr/bin/chromium} is absent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@MockApis(openai = DemoScenario.NAME)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(ApplicationStateReset.class)
@EnabledIf(
        value = "chromiumInstalled",
        disabledReason =
                "needs /usr/bin/chromium and /usr/bin/chromedriver: apt-get install -y chromium chromium-driver")
class DemoPageBrowserTests {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    @Autowired
    MockApiServers servers;

    WebDriver browser;

    static boolean chromiumInstalled() {
        return new File("/usr/bin/chromium").canExecute() && new File("/usr/bin/chromedriver").canExecute();
    }

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // Without the background-networking switches Chromium keeps dialling Google's hosts, which a closed CI network
        // refuses.
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--window-size=1280,900",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync");
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void aPersonChatsAsAWhatsAppCustomerAndSeesTheRepliesAndTheCallsToEachFake() throws Exception {
        openPageAs("+15557654321");

        type("Hello");
        assertThat(assistantBubbleText(1)).contains("I'm the Bloom & Stem assistant");

        type("Where is my order 1001?");
        assertThat(assistantBubbleText(2))
                .startsWith("Good news: your order 1001")
                .contains("has shipped");

        waitForPage()
                .until(page -> "delivered".equals(assistantBubbles(page).get(1).getDomAttribute("data-status")));
        List<String> calls = waitForPage().until(page -> {
            List<String> listed = page.findElements(By.cssSelector("#calls li")).stream()
                    .map(item -> item.getDomAttribute("data-api") + " " + item.getDomAttribute("data-operation"))
                    .toList();
            return listed.contains("order-service orders.get") ? listed : null;
        });
        assertThat(calls)
                .contains(
                        "openai conversations.create",
                        "openai responses.create",
                        "twilio messages.create",
                        "order-service orders.get");
        List<String> customerTexts = waitForPage()
                .until(page -> page.findElements(By.cssSelector(".bubble.customer")).stream()
                        .map(WebElement::getText)
                        .toList());
        assertThat(customerTexts).anySatisfy(text -> assertThat(text).startsWith("Where is my order 1001?"));
        Files.copy(
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                Path.of("target", "demo-page.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    @Order(2)
    void aNewIntentLeavesTheSpecialistAndRepliesReadLikeAnAssistantsNotToolOutput() {
        openPageAs("+15557650002");

        type("Where is my order 1002?");
        assertThat(assistantBubbleText(1)).startsWith("Your order 1002").contains("being prepared");
        type("I'd like to book a workshop");
        assertThat(assistantBubbleText(2)).startsWith("You're booked for the bouquet workshop");
        type("Can I talk to a person?");
        assertThat(assistantBubbleText(3)).startsWith(DemoScenario.HANDED_OFF);
        type("Where is my order 1001?");
        assertThat(assistantBubbleText(4)).startsWith("Good news: your order 1001");

        List<String> replies = waitForPage()
                .until(page ->
                        assistantBubbles(page).stream().map(WebElement::getText).toList());
        assertThat(replies).noneSatisfy(reply -> assertThat(reply).containsAnyOf("returned {", "[template", "{\""));
        List<String> tools = waitForPage().until(page -> {
            List<String> operations = page.findElements(By.cssSelector("#calls li")).stream()
                    .map(item -> item.getDomAttribute("data-operation"))
                    .toList();
            return operations.contains("orders.get") ? operations : null;
        });
        assertThat(tools).contains("responses.create", "orders.get", "messages.create");
    }

    @Test
    @Order(3)
    void aDeliveryFailureShowsTwiliosErrorCodeAndMeaningAndEachCallOpensOnItsRequestAndResponse() {
        openPageAs("+15557650003");
        new Select(browser.findElement(By.id("twilio-scenario"))).selectByValue("message_failures");
        await("the Twilio fake switched")
                .atMost(PATIENCE)
                .until(() -> servers.server("twilio").activeScenario().name(), "message_failures"::equals);

        type("Hello");

        String error = waitForPage().until(page -> {
            List<WebElement> errors = page.findElements(By.cssSelector(".bubble.assistant .error"));
            return errors.isEmpty() ? null : errors.get(0).getText();
        });
        assertThat(error).matches("Not delivered: Twilio error (30003|30005|30006|30007|30008) \u2014 .+");

        WebElement call = waitForPage()
                .until(page ->
                        page
                                .findElements(By.cssSelector("#calls li[data-operation='messages.create'] summary"))
                                .stream()
                                .findFirst()
                                .orElse(null));
        assertThat(call.findElement(By.className("time")).getText()).matches("\\d{2}:\\d{2}:\\d{2}\\.\\d{3}");
        call.click();
        String request = waitForPage()
                .until(
                        page -> page
                                .findElements(
                                        By.cssSelector("#calls li[data-operation='messages.create'] details[open] pre"))
                                .stream()
                                .map(WebElement::getText)
                                .filter(text -> text.contains("Body="))
                                .findFirst()
                                .orElse(null));
        assertThat(request).contains("To=whatsapp:+15557650003");
    }

    @Test
    @Order(4)
    void atAPhonesWidthThePageFitsWithoutScrollingSideways() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        openPageAs("+15557650004");
        type("Where is my order 1001?");
        assistantBubbleText(1);

        JavascriptExecutor page = (JavascriptExecutor) browser;
        long viewport = ((Number) page.executeScript("return document.documentElement.clientWidth")).longValue();
        long content = ((Number) page.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertThat(viewport).isLessThanOrEqualTo(390);
        assertThat(content).as("page width at a viewport of %d px", viewport).isLessThanOrEqualTo(viewport);
        for (String element : List.of(".phone", ".calls", "#composer", "#calls")) {
            Number right = (Number) page.executeScript(
                    "return document.querySelector(arguments[0]).getBoundingClientRect().right", element);
            assertThat(right.doubleValue()).as("right edge of %s", element).isLessThanOrEqualTo(viewport);
        }
        Files.copy(
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                Path.of("target", "demo-page-390px.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    @Order(5)
    void duringASimulatedOpenAiOutageTheCustomerGetsThePoliteFallbackAndTheBreakerOpens() {
        openPageAs("+15550009999");
        new Select(browser.findElement(By.id("openai-scenario"))).selectByValue("server_error");
        // the page switches the fake in the background; the message must not overtake the switch
        await("the OpenAI fake switched")
                .atMost(PATIENCE)
                .until(() -> servers.server("openai").activeScenario().name(), "server_error"::equals);

        type("Hello?");

        assertThat(assistantBubbleText(1)).startsWith("Sorry, our assistant is taking a short break.");
        waitForPage()
                .until(page -> "OPEN".equals(page.findElement(By.id("breaker")).getText()));
        String presence =
                waitForPage().until(page -> page.findElement(By.id("presence")).getText());
        assertThat(presence).isEqualTo("assistant resting");
    }

    /** Opens the page, once it shows what the fakes play, as the customer with this number. */
    private void openPageAs(String phone) {
        browser.get("http://127.0.0.1:" + port + "/");
        waitForPage()
                .until(page -> !page.findElement(By.id("breaker")).getText().isBlank());
        browser.findElement(By.id("phone")).clear();
        browser.findElement(By.id("phone")).sendKeys(phone);
    }

    private void type(String text) {
        browser.findElement(By.id("message")).sendKeys(text);
        browser.findElement(By.id("send")).click();
    }

    /**
     * The page rebuilds the chat whenever a delivery status changes, so an element found a moment ago
     * may be gone: every read happens inside a wait that looks again when it is.
     */
    private WebDriverWait waitForPage() {
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** The text of the n-th reply, once the page shows it. */
    private String assistantBubbleText(int n) {
        return waitForPage().until(page -> {
            List<WebElement> bubbles = assistantBubbles(page);
            return bubbles.size() >= n ? bubbles.get(n - 1).getText() : null;
        });
    }

    private static List<WebElement> assistantBubbles(WebDriver page) {
        return page.findElements(By.cssSelector(".bubble.assistant"));
    }
}

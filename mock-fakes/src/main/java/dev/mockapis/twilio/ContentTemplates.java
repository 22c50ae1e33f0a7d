package dev.mockapis.twilio;

/**
 * The content templates every Twilio fake starts with (and gets back on every reset), by sid, for
 * {@code ContentSid} on {@code messages.create}. Each is also listed by the fake's Content API
 * ({@code GET /v1/Content}).
 *
 * <table>
 *   <caption>Seeded templates</caption>
 *   <tr><th>constant</th><th>friendly name</th><th>type</th><th>body</th><th>WhatsApp approval</th></tr>
 *   <tr><td>{@link #ORDER_UPDATE}</td><td>order_update</td><td>twilio/text</td>
 *       <td>Your order {{1}} has shipped and will arrive {{2}}.</td><td>approved, UTILITY</td></tr>
 *   <tr><td>{@link #APPOINTMENT_REMINDER}</td><td>appointment_reminder</td><td>twilio/quick-reply</td>
 *       <td>Hi {{1}}, your appointment is on {{2}}. Can you make it?</td><td>approved, UTILITY</td></tr>
 *   <tr><td>{@link #CONVERSATION_FOLLOW_UP}</td><td>conversation_follow_up</td><td>twilio/text</td>
 *       <td>We have an answer for you: {{1}}</td><td>approved, UTILITY</td></tr>
 *   <tr><td>{@link #SPRING_SALE}</td><td>spring_sale</td><td>twilio/text</td>
 *       <td>Hi {{1}}, our spring sale starts {{2}}!</td><td>pending, MARKETING</td></tr>
 *   <tr><td>{@link #SERVICE_MENU}</td><td>service_menu</td><td>twilio/list-picker</td>
 *       <td>How can we help you today?</td><td>unsubmitted (list pickers cannot start a conversation)</td></tr>
 * </table>
 */
public final class ContentTemplates {

    /** {@code order_update}: two variables, approved for WhatsApp, so it goes out even outside the 24-hour window. */
    public static final String ORDER_UPDATE = "HX3f8a9c2e71d64b0f9e5a1c7d2b6e4f80";

    /** {@code appointment_reminder}: a quick reply with Yes / Reschedule buttons, approved. */
    public static final String APPOINTMENT_REMINDER = "HX6c1e0b9a4f2d47e8a3b5c9d1e7f20a4b";

    /** {@code conversation_follow_up}: one variable, approved; the sid Twilio's own examples use. */
    public static final String CONVERSATION_FOLLOW_UP = "HXb5b62575e6e4ff6129ad7c8efe1f983e";

    /** {@code spring_sale}: submitted, still pending WhatsApp's approval: outside the window it fails with 63016. */
    public static final String SPRING_SALE = "HX9d2f4a6b8c0e41f3a5b7c9d1e3f5a7b9";

    /** {@code service_menu}: a list picker, usable inside the window only. */
    public static final String SERVICE_MENU = "HX0e4c8a2f6b1d45e9b3a7c1e5d9f3b7a1";

    private ContentTemplates() {}
}

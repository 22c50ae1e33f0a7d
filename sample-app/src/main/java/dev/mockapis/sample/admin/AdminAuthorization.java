package dev.mockapis.sample.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets only requests with {@code Authorization: Bearer <assistant.admin.token>} reach the staff and
 * integration endpoints, {@code /api/**} and {@code /admin/**}; anything else gets 401. Twilio's webhooks
 * under {@code /twilio} prove themselves with their signature instead.
 */
@Configuration(proxyBeanMethods = false)
class AdminAuthorization implements WebMvcConfigurer {

    private final AdminProperties properties;

    AdminAuthorization(AdminProperties properties) {
        this.properties = properties;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        if (authorized(request.getHeader("Authorization"))) {
                            return true;
                        }
                        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                        response.setHeader("WWW-Authenticate", "Bearer");
                        return false;
                    }
                })
                .addPathPatterns("/api/**", "/admin/**");
    }

    private boolean authorized(String header) {
        String token = properties.token();
        if (token == null || token.isBlank() || header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), header.substring(7).getBytes(StandardCharsets.UTF_8));
    }
}

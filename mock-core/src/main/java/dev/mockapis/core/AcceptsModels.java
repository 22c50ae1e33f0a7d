package dev.mockapis.core;

import java.util.Collection;

/**
 * A fake whose API serves a list of models and refuses calls naming any other model, as the provider
 * does. Ids the provider would run for the app but the fake's catalogue lacks (deployments behind a
 * proxy, fine-tunes, models released after the fake) are added here; the Spring starter adds those of
 * {@code mockapis.<api>.models}.
 */
public interface AcceptsModels {

    /**
     * Accepts these model ids too and lists them with the others; kept across {@link FakeApi#reset()}.
     *
     * @param ids model ids as the app sends them
     */
    void acceptModels(Collection<String> ids);
}

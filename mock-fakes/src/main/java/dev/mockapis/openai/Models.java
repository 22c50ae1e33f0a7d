package dev.mockapis.openai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.Directive;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.internal.JsonSupport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code models.list} and {@code models.retrieve}: a fixed catalog of current chat and embedding models. */
final class Models {

    /** Model id, creation time (epoch seconds) and owner. */
    private static final Object[][] CATALOG = {
        {"gpt-4o", 1715367049L, "system"},
        {"gpt-4o-mini", 1721172741L, "system"},
        {"gpt-4.1", 1744316542L, "system"},
        {"gpt-4.1-mini", 1744318173L, "system"},
        {"gpt-4.1-nano", 1744321707L, "system"},
        {"gpt-5", 1754425777L, "system"},
        {"gpt-5-mini", 1754425928L, "system"},
        {"gpt-5-nano", 1754426384L, "system"},
        {"o3", 1744225308L, "system"},
        {"o4-mini", 1744225351L, "system"},
        {"text-embedding-3-small", 1705948997L, "system"},
        {"text-embedding-3-large", 1705953180L, "system"},
        {"text-embedding-ada-002", 1671217299L, "openai-internal"},
    };

    private final Map<String, ObjectNode> models = new LinkedHashMap<>();

    Models() {
        for (Object[] entry : CATALOG) {
            ObjectNode model = JsonSupport.object();
            model.put("id", (String) entry[0]);
            model.put("object", "model");
            model.put("created", (Long) entry[1]);
            model.put("owned_by", (String) entry[2]);
            models.put((String) entry[0], model);
        }
    }

    FakeResponse list(ApiCall call, Directive directive) {
        ObjectNode list = JsonSupport.object().put("object", "list");
        List<ObjectNode> all = new ArrayList<>();
        models.values().forEach(model -> all.add(model.deepCopy()));
        list.putArray("data").addAll(all);
        return FakeResponse.json(200, list);
    }

    FakeResponse retrieve(ApiCall call, Directive directive) {
        String id = call.pathVariable("model").orElseThrow();
        ObjectNode model = models.get(id);
        if (model == null) {
            throw OpenAiErrors.error(
                    404,
                    "The model `" + id + "` does not exist or you do not have access to it.",
                    null,
                    "model_not_found");
        }
        return FakeResponse.json(200, model.deepCopy());
    }
}

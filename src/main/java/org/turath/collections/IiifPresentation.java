package org.turath.collections;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.turath.collections.internal.IiifImages;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.web.LinkedData;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a IIIF Presentation 3.0 manifest every manifest of the portal writes the same way — an object's, an
 * exhibition's: a canvas painted by one of our images (its Image API 3.0 service beside it, its credit and licence),
 * language maps of three-language texts, labels in the three languages from the message bundles.
 */
@Component
public class IiifPresentation {

    public static final String CONTEXT = "http://iiif.io/api/presentation/3/context.json";
    public static final MediaType MEDIA_TYPE = MediaType.parseMediaType("application/ld+json;profile=\"" + CONTEXT + "\"");

    private final LinkedData linked;
    private final MessageSource messages;

    IiifPresentation(LinkedData linked, MessageSource messages) {
        this.linked = linked;
        this.messages = messages;
    }

    /** Canvas {@code number} of the manifest {@code manifestId}, painted by {@code image}, labelled {@code label} (or its number). */
    public Map<String, Object> canvas(String manifestId, int number, CollectionsApi.ShownImage image, LocalizedText label) {
        String canvasId = manifestId + "/canvas/" + number;
        String service = linked.absolute("/iiif/3/" + image.id());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", service + "/full/max/0/default.jpg");
        body.put("type", "Image");
        body.put("format", "image/jpeg");
        double fit = Math.min(1.0, Math.min((double) IiifImages.MAX_SIDE / image.width(), (double) IiifImages.MAX_SIDE / image.height()));
        body.put("width", Math.max(1, (int) Math.round(image.width() * fit)));
        body.put("height", Math.max(1, (int) Math.round(image.height() * fit)));
        body.put("service", List.of(Map.of("id", service, "type", "ImageService3", "profile", "level1")));
        Map<String, Object> annotation = new LinkedHashMap<>();
        annotation.put("id", canvasId + "/painting");
        annotation.put("type", "Annotation");
        annotation.put("motivation", "painting");
        annotation.put("body", body);
        annotation.put("target", canvasId);
        Map<String, Object> canvas = new LinkedHashMap<>();
        canvas.put("id", canvasId);
        canvas.put("type", "Canvas");
        canvas.put("label", label == null || label.isEmpty() ? Map.of("none", List.of(String.valueOf(number))) : languageMap(label));
        canvas.put("width", image.width());
        canvas.put("height", image.height());
        canvas.put("requiredStatement", credit(image.credit()));
        canvas.put("rights", image.rights());
        canvas.put("items", List.of(Map.of("id", canvasId + "/page", "type", "AnnotationPage", "items", List.of(annotation))));
        return canvas;
    }

    /** The required statement naming whom an image is owed to. */
    public Map<String, Object> credit(String credit) {
        return Map.of("label", label("collections.image.credit"), "value", Map.of("none", List.of(credit)));
    }

    /** The portal as the provider of a manifest. */
    public List<Map<String, Object>> provider() {
        return List.of(Map.of("id", linked.absolute("/"), "type", "Agent", "label", label("collections.iiif.provider")));
    }

    /** A IIIF language map: each language the text is in. */
    public static Map<String, List<String>> languageMap(LocalizedText text) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            text.in(language).filter(v -> !v.isBlank()).ifPresent(v -> map.put(language.tag(), List.of(v)));
        }
        return map.isEmpty() ? Map.of("none", List.of("")) : map;
    }

    /** The message {@code key} in the three languages, as a language map. */
    public Map<String, List<String>> label(String key) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            map.put(language.tag(), List.of(messages.getMessage(key, null, language.locale())));
        }
        return map;
    }
}

package org.turath.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes an RFC 9457 problem document (application/problem+json) from the model. */
@Component
class ProblemView implements View {

    static final String TYPE = "type";
    static final String TITLE = "title";
    static final String STATUS = "status";
    static final String DETAIL = "detail";
    static final String INSTANCE = "instance";
    private static final List<String> ORDER = List.of(TYPE, TITLE, STATUS, DETAIL, INSTANCE);

    private final JsonMapper json;

    ProblemView(JsonMapper json) {
        this.json = json;
    }

    @Override
    public String getContentType() {
        return MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
        Map<String, Object> problem = new LinkedHashMap<>();
        for (String key : ORDER) {
            if (model.get(key) != null) {
                problem.put(key, model.get(key));
            }
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}

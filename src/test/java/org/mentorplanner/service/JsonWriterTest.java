package org.mentorplanner.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mentorplanner.service.format.JsonWriter;

class JsonWriterTest {

    @Test
    void writesNestedStructuresWithEscaping() {
        String json = new JsonWriter(false).beginObject()
                .name("id").value(7)
                .name("title").value("Say \"hi\"\n<script>")
                .name("mentee").nullValue()
                .name("groups").beginArray().value("a").value("b").endArray()
                .name("empty").beginObject().endObject()
                .endObject().toString();

        assertThat(json).isEqualTo("{\"id\":7,\"title\":\"Say \\\"hi\\\"\\n\\u003cscript\\u003e\",\"mentee\":null,"
                + "\"groups\":[\"a\",\"b\"],\"empty\":{}}");
    }

    @Test
    void prettyPrintsArraysOfObjects() {
        String json = new JsonWriter(true).beginArray()
                .beginObject().name("a").value(1).endObject()
                .beginObject().name("b").value(true).endObject()
                .endArray().toString();

        assertThat(json).isEqualTo("[\n  {\n    \"a\": 1\n  },\n  {\n    \"b\": true\n  }\n]");
    }
}

package org.mentorplanner.bench;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.mentorplanner.caldav.RadicaleServer;
import org.mentorplanner.service.CalendarCollection;

/**
 * What the sync benchmarks need around the tests' Radicale: the bare side's signed-in requests
 * in plain {@code java.net.http}, and a count of the requests the app's own side sends.
 */
final class BareRadicale {

    private BareRadicale() {
    }

    /** {@code request} signed in as the test server's user. */
    static HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (RadicaleServer.USER + ":" + RadicaleServer.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    /** Radicale closes each connection after its answer; the JDK pools it anyway: retried, as the app's client does. */
    static HttpResponse<String> send(HttpClient http, HttpRequest request) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** {@code real}, counting in {@code requests} every call that reaches the server. */
    static CalendarCollection counted(CalendarCollection real, AtomicInteger requests) {
        return (CalendarCollection) Proxy.newProxyInstance(CalendarCollection.class.getClassLoader(),
                new Class<?>[] {CalendarCollection.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("hrefOf")) {
                        requests.incrementAndGet();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}

package org.mentorplanner.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A value made on its first use, once, whichever thread asks first (ADR 0045). */
class OnFirstUseTest {

    @Test
    void nothingIsMadeBeforeTheFirstUseAndThenTheSameValueEachTime() {
        AtomicInteger made = new AtomicInteger();
        OnFirstUse<StringBuilder> value = new OnFirstUse<>(() -> {
            made.incrementAndGet();
            return new StringBuilder("client");
        });

        assertThat(made).hasValue(0);
        StringBuilder first = value.get();
        assertThat(value.get()).isSameAs(first);
        assertThat(made).hasValue(1);
    }

    @Test
    void threadsAskingAtOnceGetOneValueMadeOnce() throws Exception {
        AtomicInteger made = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        OnFirstUse<Object> value = new OnFirstUse<>(() -> {
            made.incrementAndGet();
            try {
                Thread.sleep(50); // a slow maker, so the other threads arrive while it runs
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Object();
        });
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Object>> asked = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                asked.add(threads.submit(() -> {
                    start.await();
                    return value.get();
                }));
            }
            start.countDown();
            Object first = asked.getFirst().get();
            for (Future<Object> answer : asked) {
                assertThat(answer.get()).isSameAs(first);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(made).hasValue(1);
    }
}

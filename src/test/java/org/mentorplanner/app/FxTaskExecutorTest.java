package org.mentorplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The app's executor: store work in order on one thread, network work beside it. */
class FxTaskExecutorTest {

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final CountDownLatch serverAnswers = new CountDownLatch(1);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        serverAnswers.countDown();
        executor.close();
    }

    @Test
    void storeWorkGoesOnWhileNetworkWorkWaitsForTheServer() throws Exception {
        CompletableFuture<String> sync = new CompletableFuture<>();
        CompletableFuture<String> save = new CompletableFuture<>();

        executor.executeNetworkBound(() -> {
            serverAnswers.await();
            return Thread.currentThread().getName();
        }, sync::complete, sync::completeExceptionally);
        executor.execute(() -> Thread.currentThread().getName(), save::complete, save::completeExceptionally);

        assertThat(save.get(5, TimeUnit.SECONDS)).isEqualTo("database");
        assertThat(sync).isNotDone();
        serverAnswers.countDown();
        assertThat(sync.get(5, TimeUnit.SECONDS)).isEqualTo("network");
    }

    @Test
    void pendingCountsBothKindsOfWorkUntilTheirCallbacksRan() throws Exception {
        CompletableFuture<Integer> pendingInCallback = new CompletableFuture<>();

        executor.executeNetworkBound(() -> {
            serverAnswers.await();
            return null;
        }, done -> pendingInCallback.complete(executor.pendingProperty().get()), pendingInCallback::completeExceptionally);
        CompletableFuture<Integer> whileSyncing = new CompletableFuture<>();
        executor.execute(() -> null, done -> whileSyncing.complete(executor.pendingProperty().get()),
                whileSyncing::completeExceptionally);

        assertThat(whileSyncing.get(5, TimeUnit.SECONDS)).as("the sync still counts").isEqualTo(1);
        serverAnswers.countDown();
        assertThat(pendingInCallback.get(5, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void aFailureComesBackToItsCallback() throws Exception {
        CompletableFuture<Exception> failure = new CompletableFuture<>();

        executor.executeNetworkBound(() -> {
            throw new IllegalStateException("server gone");
        }, done -> failure.complete(null), failure::complete);

        assertThat(failure.get(5, TimeUnit.SECONDS)).hasMessage("server gone");
    }
}

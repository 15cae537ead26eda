package org.mentorplanner.caldav;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a response body as UTF-8 text, up to a limit. A body that declares a larger
 * {@code Content-Length}, or turns out larger while it arrives, is not read further: the
 * connection is dropped, the body is {@code null} and {@link #exceeded()} says why. One
 * instance per request.
 */
final class BoundedBody implements HttpResponse.BodyHandler<String> {

    private final long limit;
    private volatile boolean exceeded;

    BoundedBody(long limit) {
        this.limit = limit;
    }

    /** Whether the body was larger than the limit (and so was dropped). */
    boolean exceeded() {
        return exceeded;
    }

    @Override
    public HttpResponse.BodySubscriber<String> apply(HttpResponse.ResponseInfo info) {
        OptionalLong declared = info.headers().firstValueAsLong("Content-Length");
        return new Subscriber(declared.isPresent() && declared.getAsLong() > limit);
    }

    private final class Subscriber implements HttpResponse.BodySubscriber<String> {

        private final CompletableFuture<String> body = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final boolean tooLargeAlready;
        private Flow.Subscription subscription;

        Subscriber(boolean tooLargeAlready) {
            this.tooLargeAlready = tooLargeAlready;
        }

        @Override
        public void onSubscribe(Flow.Subscription given) {
            subscription = given;
            if (tooLargeAlready) {
                drop();
            } else {
                given.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (body.isDone()) {
                return; // dropped: whatever was still on its way is ignored
            }
            for (ByteBuffer buffer : buffers) {
                if ((long) bytes.size() + buffer.remaining() > limit) {
                    drop();
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable failure) {
            body.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            body.complete(bytes.toString(StandardCharsets.UTF_8));
        }

        @Override
        public CompletionStage<String> getBody() {
            return body;
        }

        private void drop() {
            exceeded = true;
            subscription.cancel();
            body.complete(null);
        }
    }
}

package org.mentorplanner.service;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made the first time it is asked for, then kept: for what is costly to set up and not
 * needed on the way to the planner's first frame (an HTTP client loads its TLS and network
 * classes and starts a thread; ADR 0045). Safe to share between threads; made at most once.
 *
 * @param <T> what is made
 */
public final class OnFirstUse<T> implements Supplier<T> {

    private Supplier<? extends T> maker;
    private volatile T value;

    /** {@code maker} runs once, on the first {@link #get()}. */
    public OnFirstUse(Supplier<? extends T> maker) {
        this.maker = Objects.requireNonNull(maker);
    }

    @Override
    public T get() {
        T made = value;
        if (made == null) {
            synchronized (this) {
                made = value;
                if (made == null) {
                    made = Objects.requireNonNull(maker.get());
                    value = made;
                    maker = null;
                }
            }
        }
        return made;
    }
}

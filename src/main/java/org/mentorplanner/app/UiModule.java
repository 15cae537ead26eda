package org.mentorplanner.app;

import com.google.inject.AbstractModule;
import org.mentorplanner.ui.Dialogs;
import org.mentorplanner.ui.TaskExecutor;

/** Binds what the presenters need besides services: the database executor and the dialogs. */
public final class UiModule extends AbstractModule {

    private final TaskExecutor executor;
    private final Dialogs dialogs;

    /** The app passes its {@link FxTaskExecutor}; tests pass a same-thread executor. */
    public UiModule(TaskExecutor executor, Dialogs dialogs) {
        this.executor = executor;
        this.dialogs = dialogs;
    }

    @Override
    protected void configure() {
        bind(TaskExecutor.class).toInstance(executor);
        bind(Dialogs.class).toInstance(dialogs);
    }
}

package org.mentorplanner.app;

import com.google.inject.AbstractModule;
import java.util.Optional;
import org.mentorplanner.ui.Dialogs;
import org.mentorplanner.ui.TaskExecutor;
import org.mentorplanner.ui.theme.ThemeChoiceStore;
import org.mentorplanner.ui.theme.Themes;

/** Binds what the presenters need besides services: the database executor, the dialogs and the themes. */
public final class UiModule extends AbstractModule {

    private final TaskExecutor executor;
    private final Dialogs dialogs;
    private final Themes themes;

    /** The app passes its {@link FxTaskExecutor}; tests pass a same-thread executor. */
    public UiModule(TaskExecutor executor, Dialogs dialogs, Themes themes) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.themes = themes;
    }

    /** Without the window's themes: a theme chosen in Settings lasts for this run only. */
    public UiModule(TaskExecutor executor, Dialogs dialogs) {
        this(executor, dialogs, new Themes(ThemeChoiceStore.inMemory(), Optional::empty));
    }

    @Override
    protected void configure() {
        bind(TaskExecutor.class).toInstance(executor);
        bind(Dialogs.class).toInstance(dialogs);
        bind(Themes.class).toInstance(themes);
    }
}

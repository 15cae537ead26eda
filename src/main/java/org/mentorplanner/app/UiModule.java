package org.mentorplanner.app;

import com.google.inject.AbstractModule;
import java.util.Optional;
import org.mentorplanner.service.format.DisplayFormats;
import org.mentorplanner.ui.Dialogs;
import org.mentorplanner.ui.TaskExecutor;
import org.mentorplanner.ui.UserChoices;
import org.mentorplanner.ui.theme.ThemeChoiceStore;
import org.mentorplanner.ui.theme.Themes;

/**
 * Binds what the presenters need besides services: the database executor, the dialogs, the
 * themes and how dates and times are written ({@link DisplayFormats}, ADR 30).
 */
public final class UiModule extends AbstractModule {

    private final TaskExecutor executor;
    private final Dialogs dialogs;
    private final Themes themes;
    private final DisplayFormats formats;
    private final UserChoices choices;

    /** The app passes its {@link FxTaskExecutor}; tests pass a same-thread executor. */
    public UiModule(TaskExecutor executor, Dialogs dialogs, Themes themes, DisplayFormats formats, UserChoices choices) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.themes = themes;
        this.formats = formats;
        this.choices = choices;
    }

    /** Without the window's themes and preferences: what is chosen in Settings lasts for this run only. */
    public UiModule(TaskExecutor executor, Dialogs dialogs, DisplayFormats formats) {
        this(executor, dialogs, new Themes(ThemeChoiceStore.inMemory(), Optional::empty), formats,
                UserChoices.inMemory(formats.locale()));
    }

    @Override
    protected void configure() {
        bind(TaskExecutor.class).toInstance(executor);
        bind(Dialogs.class).toInstance(dialogs);
        bind(Themes.class).toInstance(themes);
        bind(DisplayFormats.class).toInstance(formats);
        bind(UserChoices.class).toInstance(choices);
    }
}

package org.mentorplanner.app;

import com.google.inject.AbstractModule;
import org.mentorplanner.service.ExportRenderer;
import org.mentorplanner.sync.BookingExporters;

/** Binds the service ports that the {@code sync} package implements. */
public final class SyncModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(ExportRenderer.class).to(BookingExporters.class);
    }
}

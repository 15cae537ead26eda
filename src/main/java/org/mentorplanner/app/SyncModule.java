package org.mentorplanner.app;

import com.google.inject.AbstractModule;
import org.mentorplanner.busy.BusyFeedClient;
import org.mentorplanner.busy.IcsBusyParser;
import org.mentorplanner.caldav.CalDavClient;
import org.mentorplanner.caldav.CalDavDiscovery;
import org.mentorplanner.caldav.CalDavResources;
import org.mentorplanner.caldav.PlanningEvents;
import org.mentorplanner.export.BookingExporters;
import org.mentorplanner.service.CalendarDiscovery;
import org.mentorplanner.service.CalendarResourceFormat;
import org.mentorplanner.service.CalendarServer;
import org.mentorplanner.service.ExportRenderer;
import org.mentorplanner.service.PlanningFormat;
import org.mentorplanner.service.port.BusyCalendarParser;
import org.mentorplanner.service.port.BusyFeedReader;

/**
 * Binds the service ports that the file exporters ({@code export}), the CalDAV client
 * ({@code caldav}) and the busy-time reader ({@code busy}) implement.
 */
public final class SyncModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(ExportRenderer.class).to(BookingExporters.class);
        bind(CalendarServer.class).to(CalDavClient.class);
        bind(CalendarResourceFormat.class).to(CalDavResources.class);
        bind(CalendarDiscovery.class).to(CalDavDiscovery.class);
        bind(PlanningFormat.class).to(PlanningEvents.class);
        bind(BusyFeedReader.class).to(BusyFeedClient.class);
        bind(BusyCalendarParser.class).to(IcsBusyParser.class);
    }
}

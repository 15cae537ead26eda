package org.mentorplanner.service.port;

/** The repositories bound to one transaction. Valid only inside {@link Storage#transact}. */
public interface Repositories {

    PersonRepository people();

    GroupRepository groups();

    LocationRepository locations();

    SessionRepository sessions();

    SettingsRepository settings();

    CalendarPushRepository calendarPushes();

    /** Two-way sync bookkeeping: tokens, last synced copies, conflicts (ADR 0018). */
    PlanningSyncRepository planningSync();
}

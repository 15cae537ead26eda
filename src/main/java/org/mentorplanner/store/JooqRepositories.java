package org.mentorplanner.store;

import org.mentorplanner.service.port.BusySourceRepository;
import org.mentorplanner.service.port.CalendarPushRepository;
import org.mentorplanner.service.port.GroupRepository;
import org.mentorplanner.service.port.LocationRepository;
import org.mentorplanner.service.port.PersonRepository;
import org.mentorplanner.service.port.PlanningSyncRepository;
import org.mentorplanner.service.port.Repositories;
import org.mentorplanner.service.port.SessionRepository;
import org.mentorplanner.service.port.SettingsRepository;

/** The repositories on the storage's {@link ConnectionAndJooq}; the storage runs the transaction around them. */
final class JooqRepositories implements Repositories {

    private final ConnectionAndJooq db;

    JooqRepositories(ConnectionAndJooq db) {
        this.db = db;
    }

    @Override
    public PersonRepository people() {
        return new JooqPersonRepository(db);
    }

    @Override
    public GroupRepository groups() {
        return new JooqGroupRepository(db);
    }

    @Override
    public LocationRepository locations() {
        return new JooqLocationRepository(db);
    }

    @Override
    public SessionRepository sessions() {
        return new SqliteSessionRepository(db);
    }

    @Override
    public SettingsRepository settings() {
        return new JooqSettingsRepository(db);
    }

    @Override
    public CalendarPushRepository calendarPushes() {
        return new JooqCalendarPushRepository(db);
    }

    @Override
    public PlanningSyncRepository planningSync() {
        return new JooqPlanningSyncRepository(db);
    }

    @Override
    public BusySourceRepository busySources() {
        return new JooqBusySourceRepository(db);
    }
}

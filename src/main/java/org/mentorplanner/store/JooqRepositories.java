package org.mentorplanner.store;

import org.jooq.DSLContext;
import org.mentorplanner.service.port.GroupRepository;
import org.mentorplanner.service.port.LocationRepository;
import org.mentorplanner.service.port.PersonRepository;
import org.mentorplanner.service.port.Repositories;
import org.mentorplanner.service.port.SessionRepository;
import org.mentorplanner.service.port.SettingsRepository;

/** The repositories of one transaction, all on its nested {@link DSLContext}. */
final class JooqRepositories implements Repositories {

    private final DSLContext ctx;

    JooqRepositories(DSLContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public PersonRepository people() {
        return new JooqPersonRepository(ctx);
    }

    @Override
    public GroupRepository groups() {
        return new JooqGroupRepository(ctx);
    }

    @Override
    public LocationRepository locations() {
        return new JooqLocationRepository(ctx);
    }

    @Override
    public SessionRepository sessions() {
        return new JooqSessionRepository(ctx);
    }

    @Override
    public SettingsRepository settings() {
        return new JooqSettingsRepository(ctx);
    }
}

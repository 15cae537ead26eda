package org.mentorplanner.store;

import java.sql.Connection;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.mentorplanner.service.port.GroupRepository;
import org.mentorplanner.service.port.LocationRepository;
import org.mentorplanner.service.port.PersonRepository;
import org.mentorplanner.service.port.Repositories;
import org.mentorplanner.service.port.SessionRepository;
import org.mentorplanner.service.port.SettingsRepository;

/**
 * The repositories on the storage's connection: plain JDBC reads on {@code connection}, jOOQ
 * queries on the context {@code jooq} supplies, made on first use. The storage runs the
 * transaction around them.
 */
final class JooqRepositories implements Repositories {

    private final Connection connection;
    private final Supplier<DSLContext> jooq;

    JooqRepositories(Connection connection, Supplier<DSLContext> jooq) {
        this.connection = connection;
        this.jooq = jooq;
    }

    @Override
    public PersonRepository people() {
        return new JooqPersonRepository(connection, jooq);
    }

    @Override
    public GroupRepository groups() {
        return new JooqGroupRepository(connection, jooq);
    }

    @Override
    public LocationRepository locations() {
        return new JooqLocationRepository(connection, jooq);
    }

    @Override
    public SessionRepository sessions() {
        return new JooqSessionRepository(connection, jooq);
    }

    @Override
    public SettingsRepository settings() {
        return new JooqSettingsRepository(connection, jooq);
    }
}

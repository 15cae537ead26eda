package org.mentorplanner.service;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Optional;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.domain.NotFoundException;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Settings;
import org.mentorplanner.service.port.SettingsRepository;
import org.mentorplanner.service.port.Storage;

/** Workspace settings: who "I" am in the app and the booking portal's base URL. */
@Singleton
public class SettingsService {

    static final String MY_EMAIL = "me.email";
    static final String PORTAL_BASE_URL = "portal.base-url";

    private final Storage storage;

    @Inject
    public SettingsService(Storage storage) {
        this.storage = storage;
    }

    /** The current settings. */
    public Settings settings() {
        return storage.transact(repos -> read(repos.settings()));
    }

    /** The settings as stored, inside a caller's transaction. */
    static Settings read(SettingsRepository stored) {
        return new Settings(stored.get(MY_EMAIL), stored.get(PORTAL_BASE_URL).orElse(Settings.DEFAULT_PORTAL_BASE_URL));
    }

    /** The person "I" am, if set and still present. */
    public Optional<Person> me() {
        return storage.transact(repos -> repos.settings().get(MY_EMAIL).flatMap(repos.people()::findByEmail));
    }

    /** Who acts in the app: "me" with my roles, or the workspace owner before "me" is set. */
    public Actor actor() {
        return me().map(Actor::of).orElse(Actor.owner());
    }

    /** Sets who "I" am; the person must exist. */
    public Person setMe(String email) {
        return storage.transact(repos -> {
            Person me = repos.people().findByEmail(email)
                             .orElseThrow(() -> new NotFoundException("No person with email " + email + ": import or add them first."));
            repos.settings().put(MY_EMAIL, me.email());
            return me;
        });
    }

    /** Sets the base URL of booking links; must be an absolute http(s) URL. */
    public void setPortalBaseUrl(String baseUrl) {
        String url = checkPortalBaseUrl(baseUrl);
        storage.transactVoid(repos -> repos.settings().put(PORTAL_BASE_URL, url));
    }

    /**
     * Checks a base URL for booking links without saving it (a settings dialog checks as the
     * user types).
     *
     * @return the URL without surrounding blanks
     * @throws InvalidInputException when it is not an absolute http(s) URL with a host
     */
    public static String checkPortalBaseUrl(String baseUrl) {
        String url = baseUrl == null ? "" : baseUrl.strip();
        try {
            URI uri = URI.create(url);
            if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("not http(s)");
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("The portal base URL must be a full http(s) link, like https://mentoring.example.org/book/.");
        }
        return url;
    }
}

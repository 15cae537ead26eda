package org.mentorplanner.service;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.HttpLinkField;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.domain.NotFoundException;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Settings;
import org.mentorplanner.service.port.SettingsRepository;
import org.mentorplanner.service.port.Storage;

/**
 * Workspace settings: who "I" am in the app, the booking portal's base URL, and the team
 * calendar's CalDAV URL and user name (never its password: ADR 0015).
 */
@Singleton
public class SettingsService {

    static final String MY_EMAIL = "me.email";
    static final String PORTAL_BASE_URL = "portal.base-url";
    static final String CALENDAR_URL = "caldav.url";
    static final String CALENDAR_USER = "caldav.user";

    /** Named as the settings dialog labels it. */
    private static final HttpLinkField PORTAL_BASE_URL_LINK =
            new HttpLinkField("Booking portal URL", Settings.DEFAULT_PORTAL_BASE_URL);
    private static final HttpLinkField CALENDAR_URL_LINK =
            new HttpLinkField("Team calendar URL", "https://dav.example.org/calendars/team/mentoring/");

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
        return new Settings(stored.get(MY_EMAIL), stored.get(PORTAL_BASE_URL).orElse(Settings.DEFAULT_PORTAL_BASE_URL),
                stored.get(CALENDAR_URL), stored.get(CALENDAR_USER));
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
     * @throws InvalidInputException when it is not a full http(s) link with a host name (the
     *         same check as a session's meeting URL)
     */
    public static String checkPortalBaseUrl(String baseUrl) {
        String problem = PORTAL_BASE_URL_LINK.problem(baseUrl);
        if (problem != null) {
            throw new InvalidInputException(problem);
        }
        return baseUrl.strip();
    }

    /**
     * Remembers the team calendar's collection URL and user name (an empty or blank user name
     * removes it). The password is not a setting: it is asked for at every sync.
     *
     * @throws InvalidInputException when the URL is not a full http(s) link
     */
    public void setTeamCalendar(String url, String user) {
        String checked = checkCalendarUrl(url);
        storage.transactVoid(repos -> {
            repos.settings().put(CALENDAR_URL, checked);
            if (user == null || user.isBlank()) {
                repos.settings().remove(CALENDAR_USER);
            } else {
                repos.settings().put(CALENDAR_USER, user.strip());
            }
        });
    }

    /**
     * Checks a team calendar URL without saving it.
     *
     * @return the URL without surrounding blanks, ending in {@code /} (a collection's address)
     * @throws InvalidInputException when it is not a full http(s) link with a host name
     */
    public static String checkCalendarUrl(String url) {
        String problem = CALENDAR_URL_LINK.problem(url);
        if (problem != null) {
            throw new InvalidInputException(problem);
        }
        String stripped = url.strip();
        URI uri = URI.create(stripped);
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new InvalidInputException("Team calendar URL must not hold a ? or # part: use the calendar collection's plain address, "
                    + "like https://dav.example.org/calendars/team/mentoring/.");
        }
        return stripped.endsWith("/") ? stripped : stripped + "/";
    }

    /** The setting that holds the background sync's interval in minutes (absent: off). */
    static final String BACKGROUND_SYNC_MINUTES = "sync.background.minutes";
    /** The intervals the background sync offers, in minutes; 0 is off (the default). */
    public static final List<Integer> BACKGROUND_SYNC_CHOICES = List.of(0, 5, 15, 30, 60);

    /** How often the window syncs both calendars in the background, in minutes; 0 when it does not (the default). */
    public int backgroundSyncMinutes() {
        return storage.transact(repos -> repos.settings().get(BACKGROUND_SYNC_MINUTES)
                .map(text -> {
                    try {
                        int minutes = Integer.parseInt(text.strip());
                        return BACKGROUND_SYNC_CHOICES.contains(minutes) ? minutes : 0;
                    } catch (NumberFormatException e) {
                        return 0; // a value another version wrote: off is the safe reading
                    }
                }).orElse(0));
    }

    /**
     * Sets how often the window syncs in the background: 0 (off), 5, 15, 30 or 60 minutes.
     *
     * @throws InvalidInputException for any other number
     */
    public void setBackgroundSyncMinutes(int minutes) {
        if (!BACKGROUND_SYNC_CHOICES.contains(minutes)) {
            throw new InvalidInputException("Background sync runs every 5, 15, 30 or 60 minutes, or is off (0); "
                    + minutes + " is none of these.");
        }
        storage.transactVoid(repos -> {
            if (minutes == 0) {
                repos.settings().remove(BACKGROUND_SYNC_MINUTES);
            } else {
                repos.settings().put(BACKGROUND_SYNC_MINUTES, Integer.toString(minutes));
            }
        });
    }
}

package org.mentorplanner.busy;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.mentorplanner.domain.busy.BusySource;
import org.mentorplanner.service.BusySourceException;
import org.mentorplanner.service.CalendarAccount;
import org.mentorplanner.service.CalendarCollection;
import org.mentorplanner.service.CalendarServer;
import org.mentorplanner.service.CalendarServerException;
import org.mentorplanner.service.OnFirstUse;
import org.mentorplanner.service.port.BusyFeed;
import org.mentorplanner.service.port.BusyFeedReader;

/**
 * Reads busy sources: ICS addresses with a conditional GET (If-None-Match, If-Modified-Since),
 * files by their bytes' digest, CalDAV collections through the {@code CalendarServer} that
 * {@code caldav} implements (a listing of ETags first; the resources only when one changed).
 * Nothing larger than {@link BusyFeedReader#MAX_BYTES} is read.
 */
@Singleton
public final class BusyFeedClient implements BusyFeedReader {

    private final Supplier<HttpClient> http;
    private final Duration requestTimeout;
    private final CalendarServer calendars;
    private final long maxBytes;

    @Inject
    public BusyFeedClient(CalendarServer calendars) {
        this(calendars, Duration.ofSeconds(10), Duration.ofSeconds(30), MAX_BYTES);
    }

    /** A client with other timeouts and limit (tests use small ones). */
    public BusyFeedClient(CalendarServer calendars, Duration connectTimeout, Duration requestTimeout, long maxBytes) {
        // Subscription addresses redirect now and then (Google's, Outlook's): follow them, but never to plain http from https.
        // Made on the first read: the window makes this reader on its way to the first frame (ADR 0045).
        this.http = new OnFirstUse<>(() -> HttpClient.newBuilder()
                                                     .version(HttpClient.Version.HTTP_1_1)
                                                     .connectTimeout(connectTimeout)
                                                     .followRedirects(HttpClient.Redirect.NORMAL)
                                                     .build());
        this.requestTimeout = requestTimeout;
        this.calendars = calendars;
        this.maxBytes = maxBytes;
    }

    @Override
    public BusyFeed read(BusySource source, String password) {
        return switch (source.kind()) {
            case ICS_URL -> readUrl(source);
            case ICS_FILE -> readFile(source);
            case CALDAV -> readCalDav(source, password);
        };
    }

    private BusyFeed readUrl(BusySource source) {
        URI uri = httpUri(source.address());
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(requestTimeout).GET()
                                                 .header("Accept", "text/calendar, */*;q=0.5");
        if (source.copy().hasCopy() && source.copy().etag() != null) {
            request.header("If-None-Match", source.copy().etag());
        }
        if (source.copy().hasCopy() && source.copy().lastModified() != null) {
            request.header("If-Modified-Since", source.copy().lastModified());
        }
        String server = uri.getScheme() + "://" + uri.getAuthority();
        try {
            HttpResponse<InputStream> response = http.get().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                int status = response.statusCode();
                if (status == 304) {
                    return BusyFeed.notModified();
                }
                if (status != 200) {
                    throw new BusySourceException(httpProblem(status, server));
                }
                long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (declared > maxBytes) {
                    throw tooBig(declared);
                }
                byte[] bytes = readAtMost(body);
                String text = new String(bytes, StandardCharsets.UTF_8);
                return new BusyFeed(false, List.of(text), response.headers().firstValue("ETag").orElse(null),
                        response.headers().firstValue("Last-Modified").orElse(null), digest(bytes));
            }
        } catch (HttpConnectTimeoutException e) {
            throw unreachable(server, "did not answer in time", e);
        } catch (HttpTimeoutException e) {
            throw unreachable(server, "took too long to send the calendar", e);
        } catch (ConnectException e) {
            throw unreachable(server, "refused the connection", e);
        } catch (IOException e) {
            throw unreachable(server, "could not be reached (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusySourceException("The refresh was interrupted.", e);
        }
    }

    private BusyFeed readFile(BusySource source) {
        Path file = Path.of(source.address());
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooBig(size);
            }
            byte[] bytes = Files.readAllBytes(file);
            String fingerprint = digest(bytes);
            if (source.copy().hasCopy() && fingerprint.equals(source.copy().fingerprint())) {
                return BusyFeed.notModified();
            }
            return new BusyFeed(false, List.of(new String(bytes, StandardCharsets.UTF_8)), null, null, fingerprint);
        } catch (NoSuchFileException e) {
            throw new BusySourceException("There is no file " + file + ": export the calendar there again, "
                    + "or remove this source and add the file where it is now.", e);
        } catch (IOException e) {
            throw new BusySourceException("Cannot read " + file + " (" + e.getMessage() + "): check that it is a file you may read.", e);
        }
    }

    private BusyFeed readCalDav(BusySource source, String password) {
        try {
            CalendarCollection collection = calendars.open(new CalendarAccount(httpUri(source.address()), source.user(), password));
            Map<String, String> etags = new TreeMap<>(collection.list());
            StringBuilder listing = new StringBuilder();
            etags.forEach((href, etag) -> listing.append(href).append('\t').append(etag).append('\n'));
            String fingerprint = digest(listing.toString().getBytes(StandardCharsets.UTF_8));
            if (source.copy().hasCopy() && fingerprint.equals(source.copy().fingerprint())) {
                return BusyFeed.notModified();
            }
            List<String> texts = new ArrayList<>(etags.size());
            long total = 0;
            for (String href : etags.keySet()) {
                String text = collection.get(href).orElse(null);
                if (text == null) {
                    continue; // deleted between the listing and now
                }
                total += text.length();
                if (total > maxBytes) {
                    throw tooBig(total);
                }
                texts.add(text);
            }
            return new BusyFeed(false, texts, null, null, fingerprint);
        } catch (CalendarServerException e) {
            throw new BusySourceException(e.getMessage(), e);
        }
    }

    private byte[] readAtMost(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw tooBig(-1);
        }
        return bytes;
    }

    private BusySourceException tooBig(long size) {
        return new BusySourceException("The calendar is too big" + (size > 0 ? " (" + megabytes(size) + ")" : "")
                + ": at most " + megabytes(maxBytes) + " are read. Publish a shorter calendar "
                + "(only the coming months, or one calendar instead of all), then refresh.");
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** The http(s) URI of an address; {@code webcal://} (what "subscribe" links use) is https. */
    static URI httpUri(String address) {
        String text = address.strip();
        if (text.regionMatches(true, 0, "webcal://", 0, 9)) {
            text = "https://" + text.substring(9);
        }
        try {
            URI uri = URI.create(text);
            if (uri.getScheme() == null || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
                    || uri.getHost() == null) {
                throw new IllegalArgumentException("not http(s)");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new BusySourceException("\"" + address + "\" is not a web address: use the calendar's https:// (or webcal://) address.", e);
        }
    }

    private static String httpProblem(int status, String server) {
        return switch (status) {
            case 401, 403 -> server + " refused access to the calendar (HTTP " + status + "): the secret address may have been "
                    + "reset; copy the current one from the calendar's settings and add it again.";
            case 404, 410 -> "There is no calendar at this address on " + server + " (HTTP " + status + "): copy the current "
                    + "address from the calendar's settings and add it again.";
            default -> status >= 500
                    ? server + " failed (HTTP " + status + ") when asked for the calendar: refresh again later."
                    : server + " answered HTTP " + status + " instead of a calendar.";
        };
    }

    private static BusySourceException unreachable(String server, String what, Exception cause) {
        return new BusySourceException(server + " " + what + ": it is down or out of reach. Refresh again when you are online.", cause);
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

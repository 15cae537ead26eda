package org.mentorplanner.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import org.mentorplanner.service.WindowLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One writer window per database file. The window that opens a file holds its
 * {@link WindowLock} and listens on a loopback port written into the lock file; a second window
 * on the same file (in this process or a second launch) finds the lock taken, asks that window
 * through the port to come to the front, and does not open the file itself.
 */
final class WindowBeacon implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WindowBeacon.class);
    private static final String SHOW = "show";
    private static final int CONNECT_TIMEOUT_MILLIS = 1_000;

    private final WindowLock lock;
    private final ServerSocket server;
    private final ExecutorService listener;

    private WindowBeacon(WindowLock lock, ServerSocket server, ExecutorService listener) {
        this.lock = lock;
        this.server = server;
        this.listener = listener;
    }

    /**
     * Claims {@code database} for this window; {@code toFront} runs on the FX thread when a
     * second window asks for the file. Empty when another window has it.
     */
    static Optional<WindowBeacon> claim(Path database, Runnable toFront) {
        ServerSocket server;
        try {
            server = new ServerSocket();
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        } catch (IOException e) {
            LOG.warn("no port to be found on; a second window on {} will only be told it is open", database, e);
            server = null;
        }
        Optional<WindowLock> lock = WindowLock.acquire(database, server == null ? "" : "port " + server.getLocalPort());
        if (lock.isEmpty()) {
            closeQuietly(server);
            return Optional.empty();
        }
        ExecutorService listener = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "window-beacon");
            thread.setDaemon(true);
            return thread;
        });
        if (server != null) {
            ServerSocket listening = server;
            listener.execute(() -> listen(listening, toFront));
        }
        return Optional.of(new WindowBeacon(lock.get(), server, listener));
    }

    /** Asks the window that has {@code database} open to come to the front; false when it cannot be reached. */
    static boolean callOpenWindow(Path database) {
        String note = WindowLock.note(database);
        if (!note.startsWith("port ")) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(note.substring(5).strip())),
                    CONNECT_TIMEOUT_MILLIS);
            socket.setSoTimeout(CONNECT_TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write((SHOW + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            String answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
            return "ok".equals(answer);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private static void listen(ServerSocket server, Runnable toFront) {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                client.setSoTimeout(CONNECT_TIMEOUT_MILLIS);
                String request = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8)).readLine();
                if (SHOW.equals(request)) {
                    Platform.runLater(toFront);
                    client.getOutputStream().write("ok\n".getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.debug("a request to the window failed", e);
                }
            }
        }
    }

    private static void closeQuietly(ServerSocket server) {
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // never listened
            }
        }
    }

    @Override
    public void close() {
        closeQuietly(server);
        listener.shutdownNow();
        lock.close();
    }
}

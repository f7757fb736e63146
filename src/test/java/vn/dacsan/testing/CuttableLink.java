package vn.dacsan.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP link on loopback between the server under test and one of its backends (Solr, the
 * database), which a test can cut — every open connection dropped, new ones refused — or stall
 * — connections stay open and new ones are accepted, but nothing gets through, as with a backend
 * frozen in a long pause — and mend again. The backend itself keeps running, as a real network
 * fault would leave it.
 */
public final class CuttableLink implements AutoCloseable {

    private final ServerSocket listener;
    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;
    private volatile boolean stalled;

    public CuttableLink(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "link-" + targetPort);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Drops every connection and refuses new ones (they are accepted and closed at once). */
    public void cut() {
        cut = true;
        open.forEach(CuttableLink::closeQuietly);
        open.clear();
    }

    /** Lets nothing through either way from now on: what is sent is read and dropped. */
    public void stall() {
        stalled = true;
    }

    /** Lets traffic through again; connections that were stalled are dropped, as their streams lost bytes. */
    public void mend() {
        if (stalled) {
            open.forEach(CuttableLink::closeQuietly);
            open.clear();
            stalled = false;
        }
        cut = false;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (cut) {
                    closeQuietly(client);
                    continue;
                }
                if (stalled) {
                    open.add(client);
                    pump(client, null);
                    continue;
                }
                Socket backend = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(backend);
                pump(client, backend);
                pump(backend, client);
            } catch (IOException e) {
                // listener closed, or the backend refused: the client's socket is closed either way
            }
        }
    }

    /** Copies from one socket to the other while the link is not stalled; with no {@code to}, only drops. */
    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream();
                 OutputStream out = to == null ? OutputStream.nullOutputStream() : to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) != -1) {
                    if (!stalled) {
                        out.write(buffer, 0, read);
                        out.flush();
                    }
                }
            } catch (IOException e) {
                // one side went away
            } finally {
                closeQuietly(from);
                open.remove(from);
                if (to != null) {
                    closeQuietly(to);
                    open.remove(to);
                }
            }
        }, "link-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        cut();
        try {
            listener.close();
        } catch (IOException e) {
            // closing
        }
    }
}

package com.kamsuite.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Free and taken ports on the loopback interface. */
public final class Ports {

    private Ports() {
    }

    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean isTaken(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("0.0.0.0", port));
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** Fails with a message a person can act on when the port is already in use. */
    public static void requireFree(int port, String what, String overrideHint) {
        if (isTaken(port)) {
            throw new PortTakenException("Port " + port + " (" + what + ") is already in use. Stop what holds it ("
                    + "`ss -ltnp 'sport = :" + port + "'` shows it) or choose another port with " + overrideHint + ".");
        }
    }

    public static final class PortTakenException extends RuntimeException {
        public PortTakenException(String message) {
            super(message);
        }
    }
}

package vn.newsarchive.fault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The network between the archive and its PostgreSQL, for fault tests: a TCP relay on a
 * port of its own that the test can {@link #cut()} like a server that went away (every
 * open connection reset, every new one refused: the driver's SQLSTATE {@code 08001}) and
 * {@link #mend()} again. Killing backends with {@code pg_terminate_backend} in a loop
 * instead leaves a window in which a fresh connection stores an article between two
 * passes, so a test of "the database is gone" could not rely on it. (NetCrusher, the
 * library for this, is not served by the Maven repository reachable here; a relay is a
 * few lines.)
 */
final class DatabaseLink implements AutoCloseable {

	private static final Pattern HOST_AND_PORT = Pattern.compile("^jdbc:postgresql://([^:/]+)(?::(\\d+))?/");

	private final InetSocketAddress server;

	private final int port;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile ServerSocket listener;

	private DatabaseLink(InetSocketAddress server) throws IOException {
		this.server = server;
		this.listener = listen(0);
		this.port = this.listener.getLocalPort();
		accept(this.listener);
	}

	/** A link to the server of that JDBC URL, open. */
	static DatabaseLink to(String jdbcUrl) {
		Matcher url = HOST_AND_PORT.matcher(jdbcUrl);
		if (!url.find()) {
			throw new IllegalArgumentException("not a PostgreSQL JDBC URL with a host: " + jdbcUrl);
		}
		int serverPort = (url.group(2) != null) ? Integer.parseInt(url.group(2)) : 5432;
		try {
			return new DatabaseLink(new InetSocketAddress(url.group(1), serverPort));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The same URL, through this link. */
	String through(String jdbcUrl) {
		return HOST_AND_PORT.matcher(jdbcUrl).replaceFirst("jdbc:postgresql://127.0.0.1:" + this.port + "/");
	}

	/** The server goes away: open connections reset, new ones refused. */
	synchronized void cut() throws IOException {
		this.listener.close();
		for (Socket socket : this.open) {
			try (socket) {
				// a reset, as a server that went away gives, not an orderly end
				socket.setSoLinger(true, 0);
			}
			catch (IOException alreadyClosed) {
				// its pump closed it a moment ago
			}
		}
		this.open.clear();
	}

	/** The server is back on the same address. */
	synchronized void mend() throws IOException {
		if (this.listener.isClosed()) {
			this.listener = listen(this.port);
			accept(this.listener);
		}
	}

	@Override
	public void close() throws IOException {
		cut();
	}

	private static ServerSocket listen(int port) throws IOException {
		ServerSocket socket = new ServerSocket();
		socket.setReuseAddress(true);
		socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		return socket;
	}

	private void accept(ServerSocket from) {
		daemon("database-link-" + this.port, () -> {
			while (!from.isClosed()) {
				try {
					relay(from.accept());
				}
				catch (IOException closed) {
					// cut(): the listener is closed, and with it this loop
				}
			}
		});
	}

	/**
	 * Synchronized with {@link #cut()}: a connection accepted just before a cut is cut
	 * too.
	 */
	private synchronized void relay(Socket client) throws IOException {
		Socket upstream = new Socket();
		try {
			upstream.connect(this.server);
		}
		catch (IOException ex) {
			client.close();
			return;
		}
		if (this.listener.isClosed()) {
			client.close();
			upstream.close();
			return;
		}
		this.open.add(client);
		this.open.add(upstream);
		pump(client, upstream);
		pump(upstream, client);
	}

	private void pump(Socket from, Socket to) throws IOException {
		InputStream in = from.getInputStream();
		OutputStream out = to.getOutputStream();
		daemon("database-link-pump", () -> {
			try (from; to) {
				in.transferTo(out);
			}
			catch (IOException ended) {
				// either side closed, or the link was cut
			}
			finally {
				this.open.remove(from);
				this.open.remove(to);
			}
		});
	}

	private static void daemon(String name, Runnable work) {
		Thread thread = new Thread(work, name);
		thread.setDaemon(true);
		thread.start();
	}

}

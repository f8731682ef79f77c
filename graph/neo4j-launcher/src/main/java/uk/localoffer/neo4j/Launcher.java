package uk.localoffer.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with the Bolt connector on 127.0.0.1.
 * Arguments: --port N --data DIR [--pagecache 256m].
 * Prints "NEO4J_READY bolt://127.0.0.1:N" on stdout once Bolt accepts connections,
 * and shuts the database down cleanly on SIGTERM/SIGINT. It also exits when its
 * stdin closes, so it never outlives the Node process that started it.
 */
public final class Launcher {
  /**
   * Settings with no public constant: Bolt waits 5 s twice by default when stopping (one second is
   * plenty on loopback), and the usage report is switched off.
   */
  private static Path writeExtraSettings(Path home) throws java.io.IOException {
    Files.createDirectories(home);
    Path conf = home.resolve("launcher.conf");
    Files.writeString(conf, String.join("\n",
        "internal.server.bolt.thread_pool_shutdown_wait_time=1s",
        "internal.server.bolt.connection_shutdown_wait_time=1s",
        "dbms.usage_report.enabled=false",
        ""));
    return conf;
  }

  public static void main(String[] args) throws Exception {
    int port = 7687;
    String data = "data/neo4j";
    String pageCache = "256m";
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        case "--data" -> data = args[i + 1];
        case "--pagecache" -> pageCache = args[i + 1];
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    Path home = Path.of(data).toAbsolutePath();
    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
        .loadPropertiesFromFile(writeExtraSettings(home))
        .build();
    Thread stopper = new Thread(() -> {
      dbms.shutdown();
      System.out.println("NEO4J_STOPPED");
      System.out.flush();
    });
    Runtime.getRuntime().addShutdownHook(stopper);
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME); // fails fast if the database cannot start
    System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();
    // Parent died or closed our stdin: stop (the shutdown hook runs on System.exit).
    Thread watcher = new Thread(() -> {
      try {
        while (System.in.read() != -1) { /* ignore input */ }
      } catch (Exception ignored) { }
      System.exit(0);
    });
    watcher.setDaemon(true);
    watcher.start();
    Thread.currentThread().join();
  }
}

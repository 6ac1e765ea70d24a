package com.kamsuite.local;

import com.kamsuite.embedded.Ports;
import com.kamsuite.local.identity.DemoDirectory;
import com.kamsuite.local.identity.DevTokens;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./kam}: {@code up} starts the whole suite on the embedded default and stops it on Ctrl-C or SIGTERM;
 * {@code users} lists the demo users and partner clients; {@code token LOGIN} prints an access token.
 */
public final class KamLocal {

    private KamLocal() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        String command = args.length == 0 ? "help" : args[0];
        try {
            switch (command) {
                case "up" -> up(out);
                case "users" -> users(out);
                case "token" -> token(args, out);
                default -> help(out);
            }
        } catch (Ports.PortTakenException | IllegalArgumentException e) {
            System.err.println("kam: " + e.getMessage());
            System.exit(2);
        } catch (RuntimeException e) {
            System.err.println("kam: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void up(PrintStream out) {
        Path home = Path.of(System.getProperty("kam.home", ".")).toAbsolutePath().normalize();
        SuiteSettings settings = SuiteSettings.fromEnvironment(home);
        out.println("Starting KAM Suite on the embedded default (Ctrl-C stops it)…");
        Suite suite = Suite.start(settings, out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Stopping KAM Suite…");
            suite.close();
            out.println("Stopped.");
            stopped.countDown();
        }, "kam-stop"));
        printWelcome(out, suite);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void printWelcome(PrintStream out, Suite suite) {
        SuiteSettings s = suite.settings();
        out.printf("""

                KAM Suite is up (%d s).
                  Console      %s   (sign in as a demo user, e.g. liu.yang, password "demo")
                  Gateway      %s
                  Swagger UI   %s/swagger-ui.html   (Authorize: paste a token from ./kam token LOGIN)
                  Kafka        %s   (e.g. kcat -b %s -t kam.customer.v1 -C -f '%%h %%s\\n')
                  MongoDB      %s
                  Identity     %s   (demo users: ./kam users — password "demo")
                  Logs         %s

                Try it:
                  TOKEN=$(./kam token liu.yang)
                  curl -s -X POST %s/api/customers -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
                       -d '{"registrationId":"91440300MA5FYE0K3X","legalName":"深圳能源集团股份有限公司","industry":"ENERGY","region":"SOUTH","size":"ENTERPRISE"}'

                Press Ctrl-C to stop.
                """, suite.elapsed().toSeconds(), s.consoleUrl(), s.gatewayUrl(), s.gatewayUrl(), s.kafkaBootstrap(), s.kafkaBootstrap(),
                s.mongoUri(), s.issuer(), s.logDir(), s.gatewayUrl());
        out.flush();
    }

    private static void users(PrintStream out) {
        out.printf("%-14s %-6s %-16s %-18s %s%n", "LOGIN", "NAME", "DIVISION", "ROLE", "REPORTS TO");
        DemoDirectory.USERS.forEach(user -> out.printf("%-14s %-6s %-16s %-18s %s%n", user.login(), user.name(),
                user.division(), user.role(), user.reportsTo() == null ? "—" : user.reportsTo()));
        out.println();
        out.printf("%-16s %-22s %-16s %s%n", "PARTNER CLIENT", "NAME", "DIVISION", "SECRET");
        DemoDirectory.PARTNERS.forEach(partner -> out.printf("%-16s %-22s %-16s %s%n", partner.clientId(), partner.name(),
                partner.division(), partner.secret()));
        out.println();
        out.println("Every demo user's password is \"" + DemoDirectory.PASSWORD + "\". ./kam token LOGIN prints an access token.");
    }

    private static void token(String[] args, PrintStream out) {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: ./kam token LOGIN (./kam users lists the logins)");
        }
        String issuer = "http://localhost:" + System.getenv().getOrDefault("KAM_IDENTITY_PORT", "9000");
        out.println(new DevTokens(issuer).token(args[1]));
    }

    private static void help(PrintStream out) {
        out.println("""
                usage: ./kam up            start the whole suite on the embedded default (Ctrl-C stops it)
                       ./kam users         list the demo users and partner clients
                       ./kam token LOGIN   print an access token for a demo user or partner client""");
    }
}

package cn.certdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ordered list of schema migrations shipped with the application. The scripts live in
 * {@code cn/certdesk/store/migrations/} and are listed in {@code index.txt} (class path
 * resources cannot be listed portably). Immutable and thread-safe.
 */
public final class Migrations {

    private static final String FOLDER = "migrations/";
    private static final Pattern NAME = Pattern.compile("V(\\d{3})__([A-Za-z0-9_]+)\\.sql");

    private final List<Migration> ordered;

    public Migrations(List<Migration> migrations) {
        List<Migration> sorted = new ArrayList<>(migrations);
        sorted.sort(Comparator.comparingInt(Migration::version));
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).version() != i + 1) {
                throw new IllegalArgumentException("migration versions must run 1, 2, 3 … without gaps; found "
                        + sorted.get(i).version() + " at position " + (i + 1));
            }
        }
        this.ordered = List.copyOf(sorted);
    }

    /** The migrations bundled in this build. */
    public static Migrations bundled() {
        List<Migration> migrations = new ArrayList<>();
        for (String fileName : read(FOLDER + "index.txt").split("\\R")) {
            String name = fileName.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            Matcher matcher = NAME.matcher(name);
            if (!matcher.matches()) {
                throw new IllegalStateException("migration file name does not follow V001__words.sql: " + name);
            }
            migrations.add(new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2).replace('_', ' '),
                    read(FOLDER + name)));
        }
        return new Migrations(migrations);
    }

    public List<Migration> all() {
        return ordered;
    }

    /** The schema version after every migration has run. */
    public int latestVersion() {
        return ordered.isEmpty() ? 0 : ordered.get(ordered.size() - 1).version();
    }

    private static String read(String resource) {
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource cn/certdesk/store/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

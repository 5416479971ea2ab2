package org.reportlens.testing;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The crafted hostile files of issue 16 in {@code src/test/resources/org/reportlens/hostile/}, each
 * named after what it reproduces ({@code scripts/make-hostile-fixtures.py} writes them).
 */
public final class HostileFixtures {
    private HostileFixtures() {
    }

    public static Path file(String name) {
        URL url = HostileFixtures.class.getResource("/org/reportlens/hostile/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no hostile fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

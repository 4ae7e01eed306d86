package jp.mypage.web.support;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Each source address may start at most {@code THROTTLE_SESSIONS_PER_MINUTE} (default 60) new
 * sessions a minute on this node; a request without a session from a source that has used them up
 * is answered 429 「しばらくしてから、もう一度お試しください。」 before anything runs.
 *
 * <p>Why: every page with a form keeps its view in a session, so each request of a client that
 * keeps no cookie left a new session in the heap for its 30 minutes (about 12 KB each after a full
 * GC: 3,000 requests to {@code /index} added 37 MB; one {@code curl} loop sends 45 a second, enough
 * to fill Payara's default 512 MB heap within a quarter of an hour). The limits per form
 * ({@link SourceLimit}) count posts, not page views. A person needs one session per browser; the
 * login limit already allows a source 20 logins a minute, and 60 new sessions leaves room for the
 * browsers of an office behind one gateway (or list it in {@code THROTTLE_EXEMPT_SOURCES}).
 *
 * <p>The count is per node, in memory (Bucket4j, a kept library): the heap it protects is this
 * node's. A request that might start a session takes one from its source's allowance first and
 * gives it back when it ended without one (a stylesheet, a redirect), so simultaneous requests
 * cannot overshoot the limit.
 */
public class SessionStartLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SessionStartLimitFilter.class.getName());
    /** At most this many sources remembered; beyond it those with their whole allowance left are forgotten. */
    static final int MAX_SOURCES = 50_000;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    @ConfigProperty(name = "THROTTLE_SESSIONS_PER_MINUTE", defaultValue = "60")
    int perMinute;

    @Inject
    private SourceLimit sourceLimit;

    private final transient Map<String, Bucket> sources = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getSession(false) != null) {
            chain.doFilter(request, response);
            return;
        }
        String source = clientAddress.of(request);
        if (sourceLimit.isExempt(source)) {
            chain.doFilter(request, response);
            return;
        }
        Bucket allowance = allowance(source);
        if (!allowance.tryConsume(1)) {
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (request.getSession(false) == null) {
                allowance.addTokens(1);
            } else if (allowance.getAvailableTokens() == 0) {
                // One line when a source has started its last session of the minute, not one per refused
                // request (a flood would fill the log), nor per request given its count back.
                LOG.info(() -> source + " started its " + capacity() + " sessions of the minute on this"
                        + " node; its next requests without a session are answered 429");
            }
        }
    }

    private Bucket allowance(String source) {
        Bucket bucket = sources.get(source);
        if (bucket != null) {
            return bucket;
        }
        if (sources.size() >= MAX_SOURCES) {
            forgetIdleSources();
        }
        int capacity = capacity();
        return sources.computeIfAbsent(source, s -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, Duration.ofMinutes(1)).build())
                .build());
    }

    /** Sources with their whole allowance left have started no session for a minute: nothing to remember. */
    private void forgetIdleSources() {
        int capacity = capacity();
        sources.values().removeIf(bucket -> bucket.getAvailableTokens() >= capacity);
        if (sources.size() >= MAX_SOURCES * 9 / 10) { // else the next new sources would each scan them all again
            LOG.warning(() -> "More than " + MAX_SOURCES + " sources started sessions within a minute; their counts start again");
            sources.clear();
        }
    }

    /** New sessions a source may start a minute: the setting, at least 1. */
    private int capacity() {
        return Math.max(1, perMinute);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(SourceLimit.TOO_MANY_REQUESTS);
        response.setHeader("Retry-After", "60");
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return; // an ajax post without a session is a stale page: nothing to show in place
        }
        PlainPage.write(response, SourceLimit.TOO_MANY_REQUESTS, Locale.JAPANESE, "sessionLimit.title",
                "throttle.tryLater", request.getContextPath() + "/index", "sessionLimit.back");
    }
}

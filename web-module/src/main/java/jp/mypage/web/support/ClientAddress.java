package jp.mypage.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who sent a request, as far as the portal can know: the connection's peer, unless the peer is one
 * of {@code TRUSTED_PROXIES} (comma-separated addresses of the portal's own proxies). Then the
 * {@code X-Forwarded-For} header is read from the right, each trusted proxy skipped, and the first
 * address no trusted proxy stands for is the source: what a client writes into the header itself
 * lies to the left of that and is never believed. Without the setting no header is believed.
 */
@ApplicationScoped
public class ClientAddress {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    @Inject
    @ConfigProperty(name = "TRUSTED_PROXIES")
    Optional<String> trustedProxies;

    private volatile Set<String> trusted;

    /** The source address of this request. */
    public String of(HttpServletRequest request) {
        return source(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")), trusted());
    }

    /** Whether the connection came from one of the portal's own proxies. */
    public boolean isTrustedProxy(HttpServletRequest request) {
        return trusted().contains(normalize(request.getRemoteAddr()));
    }

    /**
     * A trusted proxy says the client reached it over HTTPS ({@code X-Forwarded-Proto: https}, its last
     * value); from any other peer the header changes nothing.
     */
    public boolean saysHttps(HttpServletRequest request) {
        String proto = request.getHeader("X-Forwarded-Proto");
        if (proto == null || !isTrustedProxy(request)) {
            return false;
        }
        return "https".equalsIgnoreCase(proto.substring(proto.lastIndexOf(',') + 1).trim());
    }

    private Set<String> trusted() {
        Set<String> known = trusted;
        if (known == null) {
            known = parse(trustedProxies.orElse(""));
            trusted = known;
        }
        return known;
    }

    /** The addresses of a comma-separated list, each written the one way {@link #normalize} writes it. */
    public static Set<String> parse(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(address -> !address.isEmpty())
                .map(ClientAddress::normalize).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * @param peer the connection's peer address
     * @param forwardedFor the {@code X-Forwarded-For} headers in the order received
     * @param trusted the trusted proxies, normalised
     */
    static String source(String peer, List<String> forwardedFor, Set<String> trusted) {
        String source = normalize(peer);
        if (!trusted.contains(source)) {
            return source;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            Arrays.stream(header.split(",")).map(String::trim).filter(hop -> !hop.isEmpty()).forEach(hops::add);
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            source = normalize(hops.get(i));
            if (!trusted.contains(source)) {
                return source;
            }
        }
        return source;
    }

    /**
     * One spelling per address ({@code ::1} and {@code 0:0:0:0:0:0:0:1} alike, brackets and an IPv4
     * port dropped); anything that is not an address literal is kept as written, lower-cased, and
     * never looked up in DNS.
     */
    static String normalize(String address) {
        String text = address.trim();
        if (text.startsWith("[") && text.contains("]")) {
            text = text.substring(1, text.indexOf(']'));
        } else if (text.indexOf(':') > 0 && text.indexOf(':') == text.lastIndexOf(':') && text.contains(".")) {
            text = text.substring(0, text.indexOf(':')); // 192.0.2.1:5000
        }
        if (IP_LITERAL.matcher(text).matches()) {
            try {
                return InetAddress.getByName(text).getHostAddress();
            } catch (UnknownHostException e) {
                // not an address after all: kept as written
            }
        }
        return text.toLowerCase(Locale.ROOT);
    }
}

package jp.mypage.web.support;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The proxies whose {@code X-Forwarded-*} headers count: {@code TRUSTED_PROXIES}, a comma-separated
 * list of IP addresses (a TLS-terminating proxy in front of the portal). A request from any other
 * address is taken as it came, whatever headers it sends. Empty by default: no header is trusted.
 */
public final class TrustedProxies {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");
    private static volatile TrustedProxies current;

    private final Set<String> addresses;

    TrustedProxies(String list) {
        addresses = Arrays.stream(list == null ? new String[0] : list.split(","))
                .map(String::trim)
                .filter(address -> !address.isEmpty())
                .map(TrustedProxies::normalized)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The configured list, read once. */
    public static TrustedProxies current() {
        TrustedProxies proxies = current;
        if (proxies == null) {
            proxies = new TrustedProxies(ConfigProvider.getConfig()
                    .getOptionalValue("TRUSTED_PROXIES", String.class).orElse(""));
            current = proxies;
        }
        return proxies;
    }

    /** Whether the request's peer is one of the trusted proxies. */
    public boolean isTrusted(HttpServletRequest request) {
        return !addresses.isEmpty() && addresses.contains(normalized(request.getRemoteAddr()));
    }

    /** A trusted proxy says the client reached it over HTTPS ({@code X-Forwarded-Proto: https}, its last value). */
    public boolean saysHttps(HttpServletRequest request) {
        String proto = request.getHeader("X-Forwarded-Proto");
        if (proto == null || !isTrusted(request)) {
            return false;
        }
        String last = proto.substring(proto.lastIndexOf(',') + 1).trim();
        return "https".equalsIgnoreCase(last);
    }

    /** One spelling per address (IPv6 has several); never a DNS look-up. */
    static String normalized(String address) {
        if (address == null) {
            return "";
        }
        if (IP_LITERAL.matcher(address).matches()) {
            try {
                return InetAddress.getByName(address).getHostAddress();
            } catch (UnknownHostException e) {
                return address;
            }
        }
        return address;
    }
}

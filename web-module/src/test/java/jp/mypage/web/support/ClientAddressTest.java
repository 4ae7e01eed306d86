package jp.mypage.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> PROXIES = ClientAddress.parse("10.0.0.1, ::1");

    @Test
    void peerIsTheSourceWhenItIsNoTrustedProxy() {
        assertEquals("192.0.2.7", ClientAddress.source("192.0.2.7", List.of("203.0.113.9"), PROXIES),
                "a header from a client that is no proxy must be ignored");
    }

    @Test
    void rightMostUntrustedAddressIsTheSource() {
        assertEquals("203.0.113.9", ClientAddress.source("10.0.0.1", List.of("198.51.100.1, 203.0.113.9, 10.0.0.1"), PROXIES),
                "the address the trusted proxy saw, not what the client wrote to its left");
    }

    @Test
    void severalHeadersAreReadAsOneList() {
        assertEquals("203.0.113.9", ClientAddress.source("10.0.0.1", List.of("198.51.100.1", "203.0.113.9"), PROXIES),
                "the last header's last address is the nearest hop");
    }

    @Test
    void ipv6IsWrittenOneWay() {
        assertEquals("0:0:0:0:0:0:0:1", ClientAddress.normalize("::1"), "::1 spelt as the container spells it");
        assertEquals("2001:db8:0:0:0:0:0:1", ClientAddress.source("0:0:0:0:0:0:0:1", List.of("[2001:db8::1]"), PROXIES),
                "a bracketed IPv6 hop");
    }

    @Test
    void peerStaysTheSourceWithoutHeader() {
        assertEquals("10.0.0.1", ClientAddress.source("10.0.0.1", List.of(), PROXIES),
                "a trusted proxy that forwards nothing is the source itself");
    }

    @Test
    void nothingIsTrustedWithoutTheSetting() {
        assertEquals("10.0.0.1", ClientAddress.source("10.0.0.1", List.of("203.0.113.9"), ClientAddress.parse("")),
                "without TRUSTED_PROXIES no header is believed");
    }

    @Test
    void portOfAnIpv4HopIsDropped() {
        assertEquals("203.0.113.9", ClientAddress.normalize("203.0.113.9:5120"), "an address with its port");
    }
}

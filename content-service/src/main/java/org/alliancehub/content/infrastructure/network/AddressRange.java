package org.alliancehub.content.infrastructure.network;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One IP address, or a CIDR range of them ({@code 10.0.0.0/8}, {@code fd00::/8}), IPv4 or IPv6. */
record AddressRange(byte[] network, int prefixLength) {

    /** Parses {@code 127.0.0.1, ::1, 10.0.0.0/8}; blank gives none. Anything that is not an address literal is refused. */
    static List<AddressRange> parseList(String setting) {
        List<AddressRange> ranges = new ArrayList<>();
        if (setting == null) {
            return ranges;
        }
        for (String part : setting.split(",")) {
            if (!part.isBlank()) {
                ranges.add(parse(part.strip()));
            }
        }
        return List.copyOf(ranges);
    }

    static AddressRange parse(String text) {
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        InetAddress parsed = literal(address).orElseThrow(() -> new IllegalArgumentException(
                "alliancehub.trusted-proxies: '" + text + "' is not an IP address or CIDR range (e.g. 127.0.0.1, ::1, 10.0.0.0/8)"));
        byte[] bytes = parsed.getAddress();
        int bits = bytes.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String length = text.substring(slash + 1);
            if (!length.matches("[0-9]{1,3}") || Integer.parseInt(length) > bits) {
                throw new IllegalArgumentException("alliancehub.trusted-proxies: '" + text + "' has a prefix length that is not 0 to " + bits);
            }
            prefix = Integer.parseInt(length);
        }
        return new AddressRange(bytes, prefix);
    }

    /**
     * An IPv4 or IPv6 literal (IPv6 possibly in brackets), never a host name: nothing here may cause
     * a DNS lookup. IPv4-mapped IPv6 addresses ({@code ::ffff:10.0.0.1}) read as IPv4.
     */
    static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String candidate = text.strip();
        if (candidate.startsWith("[") && candidate.endsWith("]")) {
            candidate = candidate.substring(1, candidate.length() - 1);
        }
        boolean ipv4 = candidate.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
        boolean ipv6 = candidate.contains(":") && candidate.matches("[0-9A-Fa-f:.]{2,45}");
        if (!ipv4 && !ipv6) {
            return Optional.empty();
        }
        if (ipv4) {
            for (String octet : candidate.split("\\.")) {
                if (Integer.parseInt(octet) > 255) {
                    return Optional.empty();
                }
            }
        }
        try {
            // a literal of these characters is parsed, not resolved
            return Optional.of(InetAddress.getByName(candidate));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int whole = prefixLength / 8;
        for (int i = 0; i < whole; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (bytes[whole] & mask) == (network[whole] & mask);
    }
}

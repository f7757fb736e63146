package vn.dacsan.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the person behind a request, for per-client limits (order tracking, complaints).
 * Behind a load balancer every request comes from the balancer, so its X-Forwarded-For header is
 * read, but only when the request really comes from one of {@code dacsan.http.trusted-proxies}
 * (addresses or CIDR blocks): the header is walked from the right, past trusted proxies, to the
 * first address that is not one. Anyone else's X-Forwarded-For is ignored, so a client cannot
 * pick the address it is limited under.
 */
@ApplicationScoped
public class ClientAddress {

    /** Comma-separated (Payara's config cannot inject an optional list). */
    @Inject
    @ConfigProperty(name = "dacsan.http.trusted-proxies")
    Optional<String> trustedProxies;

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private volatile List<Block> trusted;

    public ClientAddress() {
    }

    public ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = Optional.of(String.join(",", trustedProxies));
    }

    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    String of(String peer, String forwardedFor) {
        if (!isTrusted(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!looksLikeAddress(hop)) {
                return peer; // a garbled header: limit the proxy's own address rather than guess
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return peer;
    }

    private boolean isTrusted(String address) {
        for (Block block : blocks()) {
            if (block.contains(address)) {
                return true;
            }
        }
        return false;
    }

    private List<Block> blocks() {
        List<Block> blocks = trusted;
        if (blocks == null) {
            blocks = new ArrayList<>();
            for (String entry : trustedProxies == null ? new String[0] : trustedProxies.orElse("").split(",")) {
                if (!entry.isBlank()) {
                    blocks.add(Block.parse(entry.strip()));
                }
            }
            trusted = blocks = List.copyOf(blocks);
        }
        return blocks;
    }

    /** A dotted IPv4 address or an IPv6 one (with colons): never a name, so never a DNS lookup. */
    private static boolean looksLikeAddress(String text) {
        return IPV4.matcher(text).matches()
                || (text.indexOf(':') >= 0 && text.length() <= 45 && text.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':'));
    }

    /** An address or a CIDR block ({@code 10.0.1.0/24}, {@code fd00::/8}). */
    record Block(byte[] network, int prefix) {

        static Block parse(String text) {
            int slash = text.indexOf('/');
            byte[] address = bytes(slash < 0 ? text : text.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("dacsan.http.trusted-proxies: not an IP address or CIDR block: " + text);
            }
            int prefix = slash < 0 ? address.length * 8 : Integer.parseInt(text.substring(slash + 1));
            if (prefix < 0 || prefix > address.length * 8) {
                throw new IllegalArgumentException("dacsan.http.trusted-proxies: bad prefix length in " + text);
            }
            return new Block(address, prefix);
        }

        boolean contains(String text) {
            byte[] address = looksLikeAddress(text) ? bytes(text) : null;
            if (address == null || address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }

        /** The bytes of a literal IPv4 or IPv6 address, never a name lookup; null when it is none. */
        private static byte[] bytes(String literal) {
            if (!looksLikeAddress(literal)) {
                return null;
            }
            try {
                return InetAddress.getByName(literal).getAddress();
            } catch (UnknownHostException e) {
                return null;
            }
        }
    }
}

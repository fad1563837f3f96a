package vn.gov.khcn.identity.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import vn.gov.khcn.identity.internal.DeviceTokens;

/**
 * Who is trying to sign in, as the throttle sees it: the client's address (the real one: forwarded headers count
 * only from trusted proxies, see {@link TrustedProxies}) and the hash of the device token its browser presents.
 * IPv6 clients are counted by their /64 network, which one subscriber usually holds whole.
 */
record LoginClient(String address, String deviceTokenHash) implements Serializable {
    static final String DEVICE_COOKIE = "KHCN_DEVICE";

    static LoginClient of(HttpServletRequest r) {
        String token = null;
        if (r.getCookies() != null) {
            for (Cookie c : r.getCookies()) {
                if (c.getName().equals(DEVICE_COOKIE) && c.getValue() != null && c.getValue().matches("[A-Za-z0-9_-]{20,100}")) {
                    token = c.getValue();
                }
            }
        }
        return new LoginClient(address(r.getRemoteAddr()), token == null ? null : DeviceTokens.hash(token));
    }

    static String address(String remote) {
        if (remote == null || remote.isBlank()) {
            return "?";
        }
        if (remote.indexOf(':') < 0 || !remote.matches("[0-9A-Fa-f:.%a-z]+")) {
            return remote;
        }
        try {
            byte[] b = InetAddress.getByName(remote.replaceAll("%.*", "")).getAddress();
            if (b.length == 16) {
                return HexFormat.of().formatHex(b, 0, 8).replaceAll("(.{4})(?!$)", "$1:") + "::/64";
            }
            return InetAddress.getByAddress(b).getHostAddress();
        } catch (UnknownHostException e) {
            return remote;
        }
    }
}

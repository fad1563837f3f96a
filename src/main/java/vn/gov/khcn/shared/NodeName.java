package vn.gov.khcn.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The name of this application node among the nodes sharing one database: {@code khcn.node-name}, else the host's
 * name. Work a node takes is marked with it, so that a node restarting settles only its own unfinished work.
 */
@Component
public class NodeName {
    private final String name;

    NodeName(@Value("${khcn.node-name:}") String configured) {
        this.name = configured == null || configured.isBlank() ? host() : configured.strip();
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            String env = System.getenv("HOSTNAME");
            return env == null || env.isBlank() ? "khcn" : env;
        }
    }

    public String get() {
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    @Override
    public String toString() {
        return get();
    }
}

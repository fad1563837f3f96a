package vn.gov.khcn.exchange.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.khcn.shared.NodeName;

/**
 * When the server starts, an import still marked RUNNING was cut off by a crash or a kill. Its rows
 * were never committed (an import writes in one transaction), so its log entry says so instead of
 * showing progress for ever. Only the server does this: a command-line run may share the database with
 * a server whose imports are really running; and only for the imports this node ran ({@link NodeName}, kept in
 * the log row): another node sharing the database may be running its own.
 */
@Component
@ConditionalOnProperty(name = "khcn.startup.serve", havingValue = "true")
class InterruptedImports implements SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);
    private final JdbcClient jdbc;
    private final NodeName node;

    InterruptedImports(JdbcClient jdbc, NodeName node) {
        this.jdbc = jdbc;
        this.node = node;
    }

    @Override
    public void afterSingletonsInstantiated() {
        int n = jdbc.sql("""
                update exchange_import set status = 'INTERRUPTED', rows_added = 0, version = version + 1,
                       message = 'Máy chủ đã dừng giữa chừng khi đang nhập: không có dòng nào được ghi. Hãy nhập lại tệp.'
                where status = 'RUNNING' and (node = :node or node is null)""").param("node", node.get()).update();
        if (n > 0) {
            log.warn("{} import(s) of node {} interrupted by a stop of the server were marked INTERRUPTED", n, node);
        }
    }
}

package vn.gov.khcn.exchange.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When the server starts, an import still marked RUNNING was cut off by a crash or a kill. Its rows
 * were never committed (an import writes in one transaction), so its log entry says so instead of
 * showing progress for ever. Only the server does this: a command-line run may share the database with
 * a server whose imports are really running.
 */
@Component
@ConditionalOnProperty(name = "khcn.startup.serve", havingValue = "true")
class InterruptedImports implements SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);
    private final JdbcClient jdbc;

    InterruptedImports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        int n = jdbc.sql("""
                update exchange_import set status = 'INTERRUPTED', rows_added = 0, version = version + 1,
                       message = 'Máy chủ đã dừng giữa chừng khi đang nhập: không có dòng nào được ghi. Hãy nhập lại tệp.'
                where status = 'RUNNING'""").update();
        if (n > 0) {
            log.warn("{} import(s) interrupted by a stop of the server were marked INTERRUPTED", n);
        }
    }
}

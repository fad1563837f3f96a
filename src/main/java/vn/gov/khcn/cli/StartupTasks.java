package vn.gov.khcn.cli;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.gov.khcn.demo.DemoLoader;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.identity.UserAccounts;

/**
 * What {@code serve} does before the web server opens: the demo dataset when asked, else the first
 * administrator on an empty database, with its password printed once.
 */
@Component
@ConditionalOnProperty(name = "khcn.startup.serve", havingValue = "true")
class StartupTasks implements SmartInitializingSingleton {
    private final DemoLoader demo;
    private final UserAccounts accounts;
    private final boolean loadDemo;
    private final String port;

    StartupTasks(DemoLoader demo, UserAccounts accounts, @Value("${khcn.startup.demo:false}") boolean loadDemo,
                 @Value("${server.port:8080}") String port) {
        this.demo = demo;
        this.accounts = accounts;
        this.loadDemo = loadDemo;
        this.port = port;
    }

    /** Start-up acts as "system", deliberately: these are the only writes no signed-in user makes. */
    @Override
    public void afterSingletonsInstantiated() {
        CurrentUser.runAsSystem(this::prepare);
    }

    private void prepare() {
        if (loadDemo) {
            boolean loaded = demo.load();
            String names = accounts.list().stream().filter(u -> u.demo()).map(u -> u.username())
                    .collect(java.util.stream.Collectors.joining(", "));
            System.out.println((loaded ? "Đã nạp dữ liệu mẫu" : "Dữ liệu mẫu đã có sẵn") + "; tài khoản mẫu: " + names + " (mật khẩu: demo).");
        }
        accounts.createFirstAdminIfNone().ifPresent(pw -> System.out.println(
                "Đã tạo tài khoản quản trị đầu tiên: admin / " + pw + "  (chỉ hiện một lần: hãy đổi mật khẩu sau khi đăng nhập)"));
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        System.out.println("KHCN đang chạy tại http://localhost:" + port);
    }
}

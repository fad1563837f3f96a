package vn.gov.khcn.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.gov.khcn.demo.DemoLoader;

@Command(name = "demo", description = "Nạp dữ liệu mẫu (Cao Bằng 2021) và các tài khoản mẫu; chạy lại không thay đổi gì.")
class DemoCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions db;

    @Override
    public Integer call() {
        try (var ctx = Khcn.start(db.properties())) {
            boolean loaded = ctx.getBean(DemoLoader.class).load();
            System.out.println(loaded ? "Đã nạp dữ liệu mẫu và các tài khoản mẫu (mật khẩu: demo)."
                    : "Dữ liệu mẫu đã có sẵn: không thay đổi gì.");
            return 0;
        }
    }
}

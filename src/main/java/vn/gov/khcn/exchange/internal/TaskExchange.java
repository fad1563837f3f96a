package vn.gov.khcn.exchange.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.Column;
import vn.gov.khcn.exchange.RegisterImport;
import vn.gov.khcn.exchange.RegisterSpec;
import vn.gov.khcn.exchange.RowWriter;
import vn.gov.khcn.organisations.Organisation;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.tasks.RuralManagement;
import vn.gov.khcn.tasks.TaskCommand;
import vn.gov.khcn.tasks.TaskFacts;
import vn.gov.khcn.tasks.TaskKind;
import vn.gov.khcn.tasks.TaskLevel;
import vn.gov.khcn.tasks.Tasks;

/**
 * The S&T task register's spreadsheet (the tasks' facts; their events are recorded in the register).
 * Rows are created through {@link Tasks} (rules, access, audit); a task whose code exists is skipped.
 */
@Component
@Order(3)
public class TaskExchange implements RegisterImport {
    static final RegisterSpec SPEC = new RegisterSpec("tasks", "Nhiệm vụ KH&CN", "Nhiem vu", List.of(
            Column.text("Mã nhiệm vụ", true, 40, "Mã duy nhất của nhiệm vụ; mã đã có thì dòng được bỏ qua."),
            Column.text("Tên nhiệm vụ", true, 1000, "Tên đầy đủ, có dấu."),
            Column.choice("Loại nhiệm vụ", true, labels(TaskKind.values(), TaskKind::label), "Đề tài, dự án…"),
            Column.choice("Cấp quản lý", true, labels(TaskLevel.values(), TaskLevel::label), "Chọn trong danh sách."),
            Column.choice("Quản lý (nông thôn miền núi)", false, labels(RuralManagement.values(), RuralManagement::label),
                    "Chỉ với nhiệm vụ thuộc Chương trình nông thôn miền núi."),
            Column.integer("Năm bắt đầu", true, "Năm bắt đầu thực hiện, ví dụ 2021."),
            Column.text("Tổ chức chủ trì", false, 500, "Tên đúng như trong danh mục tổ chức (nhập danh mục tổ chức trước nếu chưa có)."),
            Column.text("Chủ nhiệm", false, 200, "Họ tên chủ nhiệm nhiệm vụ."),
            Column.text("Lĩnh vực", false, 200, "Lĩnh vực khoa học."),
            Column.integer("Thời gian thực hiện (tháng)", false, "Số tháng, từ 1 đến 120."),
            Column.text("Địa điểm", false, 500, "Địa bàn thực hiện.")),
            "cùng mã nhiệm vụ");
    private final Tasks tasks;
    private final Organisations organisations;

    TaskExchange(Tasks tasks, Organisations organisations) {
        this.tasks = tasks;
        this.organisations = organisations;
    }

    private static <E> List<String> labels(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(label).toList();
    }

    private static <E> E byLabel(E[] values, Function<E, String> label, String text) {
        return text == null ? null : Arrays.stream(values).filter(v -> label.apply(v).equals(text)).findFirst().orElseThrow();
    }

    @Override
    public RegisterSpec spec() {
        return SPEC;
    }

    @Override
    public RowWriter open() {
        Set<String> seen = new HashSet<>();
        Map<String, Long> hosts = new HashMap<>();
        return row -> {
            String code = row.text(0);
            if (!seen.add(code) || tasks.findByCode(code).isPresent()) {
                return false;
            }
            Long hostId = null;
            if (row.text(6) != null) {
                hostId = hosts.computeIfAbsent(row.text(6), n -> organisations.findByName(n).map(Organisation::id).orElseThrow(() ->
                        new DomainException("hostId", "Tổ chức chủ trì \"" + n + "\" chưa có trong danh mục tổ chức: "
                                + "thêm vào danh mục (hoặc nhập tệp mẫu Tổ chức) trước.")));
            }
            Long dur = row.integer(9);
            Long year = row.integer(5);
            tasks.create(new TaskCommand(code, row.text(1), byLabel(TaskKind.values(), TaskKind::label, row.text(2)),
                    byLabel(TaskLevel.values(), TaskLevel::label, row.text(3)),
                    byLabel(RuralManagement.values(), RuralManagement::label, row.text(4)),
                    year == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, year)), hostId, row.text(7),
                    row.text(8), dur == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, dur)),
                    row.text(10), null, "Nhập từ bảng tính"));
            return true;
        };
    }

    /** A task as a template row; {@code hostName} resolves the host's id. */
    public static Object[] toRow(TaskFacts t, Function<Long, String> hostName) {
        return new Object[] {t.code(), t.title(), t.kind().label(), t.level().label(),
                t.ruralManagement() == null ? null : t.ruralManagement().label(), (long) t.startYear(),
                t.hostId() == null ? null : hostName.apply(t.hostId()), t.investigator(), t.field(),
                t.durationMonths() == null ? null : (long) t.durationMonths(), t.location()};
    }
}

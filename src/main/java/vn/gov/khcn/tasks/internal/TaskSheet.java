package vn.gov.khcn.tasks.internal;

import static vn.gov.khcn.exchange.spi.Labels.byLabel;
import static vn.gov.khcn.exchange.spi.Labels.labels;
import static vn.gov.khcn.exchange.spi.ImportRow.toInt;

import java.util.List;
import java.util.function.Function;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.tasks.RuralManagement;
import vn.gov.khcn.organisations.Organisation;
import vn.gov.khcn.tasks.EventKind;
import vn.gov.khcn.tasks.TaskCommand;
import vn.gov.khcn.tasks.TaskQuery;
import vn.gov.khcn.tasks.TaskFacts;
import vn.gov.khcn.tasks.TaskKind;
import vn.gov.khcn.tasks.TaskLevel;
import vn.gov.khcn.tasks.Tasks;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.Labels;

/**
 * The S&T task register's spreadsheet (the tasks' facts; their events are recorded in the register).
 * Rows are created through {@link Tasks} (rules, access, audit); a task whose code exists is skipped.
 */
@Component
class TaskSheet extends RecordImport<ListFilters> {
    static final RegisterSpec SPEC = new RegisterSpec("tasks", "Nhiệm vụ KH&CN", "Nhiệm vụ KH&CN", "Nhiem vu", List.of(
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
            "cùng mã nhiệm vụ", List.of("organisations"));
    private final Tasks tasks;
    private final Organisations organisations;

    TaskSheet(Tasks tasks, Organisations organisations) {
        super(SPEC, ListFilters.class);
        this.tasks = tasks;
        this.organisations = organisations;
    }

    @Override
    protected boolean exists(ImportRow row) {
        return tasks.findByCode(row.text(0)).isPresent();
    }

    @Override
    protected void create(ImportRow row, ImportContext lookups) {
        tasks.create(new TaskCommand(row.text(0), row.text(1), byLabel(TaskKind.values(), TaskKind::label, row.text(2)),
                byLabel(TaskLevel.values(), TaskLevel::label, row.text(3)),
                byLabel(RuralManagement.values(), RuralManagement::label, row.text(4)),
                toInt(row.integer(5)), lookups.get("organisation", row.text(6), () -> organisations.requireByName(row.text(6), "hostId", "Tổ chức chủ trì").id()), row.text(7),
                row.text(8), toInt(row.integer(9)), row.text(10), null, "Nhập từ bảng tính"));
    }

    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        Map<Long, String> hosts = new HashMap<>();
        Function<Long, String> host = id -> hosts.computeIfAbsent(id, k -> organisations.find(k).map(Organisation::name).orElse(null));
        tasks.stream(new TaskQuery(f.text("q"), f.choice("level", TaskLevel.class), f.choice("status", EventKind.class),
                f.integer("startYear"), f.id("hostId")), t -> sink.accept(toRow(t, host)));
    }

    /** A task as a template row; {@code hostName} resolves the host's id. */
    public static Object[] toRow(TaskFacts t, Function<Long, String> hostName) {
        return new Object[] {t.code(), t.title(), t.kind().label(), t.level().label(),
                t.ruralManagement() == null ? null : t.ruralManagement().label(), (long) t.startYear(),
                t.hostId() == null ? null : hostName.apply(t.hostId()), t.investigator(), t.field(),
                t.durationMonths() == null ? null : (long) t.durationMonths(), t.location()};
    }
}

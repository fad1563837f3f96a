package vn.gov.khcn.tasks.internal;

import static vn.gov.khcn.exchange.spi.Labels.labels;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.organisations.Organisation;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.tasks.RuralManagement;
import vn.gov.khcn.tasks.TaskCommand;
import vn.gov.khcn.tasks.TaskKind;
import vn.gov.khcn.tasks.TaskLevel;
import vn.gov.khcn.tasks.TaskQuery;
import vn.gov.khcn.tasks.Tasks;
import vn.gov.khcn.vocabulary.Vocabularies;
import vn.gov.khcn.vocabulary.VocabularyList;

/**
 * The S&T task register's spreadsheet (the tasks' facts; their events are recorded in the register).
 * Rows are created through {@link Tasks} (rules, access, audit); a task whose code exists is skipped.
 */
@Component
class TaskSheet extends RecordImport<TaskQuery> {
    static final Column CODE = Column.text("Mã nhiệm vụ", true, 40, "Mã duy nhất của nhiệm vụ; mã đã có thì dòng được bỏ qua.");
    static final Column TITLE = Column.text("Tên nhiệm vụ", true, 1000, "Tên đầy đủ, có dấu.");
    static final Column KIND = Column.choice("Loại nhiệm vụ", true, labels(TaskKind.values(), TaskKind::label), "Đề tài, dự án…");
    static final Column RURAL = Column.choice("Quản lý (nông thôn miền núi)", false, labels(RuralManagement.values(), RuralManagement::label),
            "Chỉ với nhiệm vụ thuộc Chương trình nông thôn miền núi.");
    static final Column START = Column.integer("Năm bắt đầu", true, "Năm bắt đầu thực hiện, ví dụ 2021.");
    static final Column HOST = Column.text("Tổ chức chủ trì", false, 500, "Tên đúng như trong danh mục tổ chức (nhập danh mục tổ chức trước nếu chưa có).");
    static final Column INVESTIGATOR = Column.text("Chủ nhiệm", false, 200, "Họ tên chủ nhiệm nhiệm vụ.");
    static final Column FIELD = Column.text("Lĩnh vực", false, 200, "Lĩnh vực khoa học.");
    static final Column DURATION = Column.integer("Thời gian thực hiện (tháng)", false, "Số tháng, từ 1 đến 120.");
    static final Column LOCATION = Column.text("Địa điểm", false, 500, "Địa bàn thực hiện.");

    @org.springframework.beans.factory.annotation.Autowired
    TaskSheet(Tasks tasks, Organisations organisations, Vocabularies vocabularies) {
        this(levelColumn(vocabularies), tasks, organisations, vocabularies);
    }

    private TaskSheet(Column level, Tasks tasks, Organisations organisations, Vocabularies vocabularies) {
        super(new RegisterSpec("tasks", "Nhiệm vụ KH&CN", "Nhiệm vụ KH&CN", "Nhiem vu",
                List.of(CODE, TITLE, KIND, level, RURAL, START, HOST, INVESTIGATOR, FIELD, DURATION, LOCATION), "cùng mã nhiệm vụ",
                List.of("organisations")), TaskQuery.class);
        existsWhen(row -> tasks.findByCode(row.text(CODE)).isPresent());
        createdBy((row, context) -> {
            Long host = context.get("organisation", row.text(HOST), () -> organisations.requireByName(row.text(HOST), "hostId", "Tổ chức chủ trì").id());
            tasks.record(new TaskCommand(row.text(CODE), row.text(TITLE), row.choice(KIND, TaskKind.values(), TaskKind::label),
                    TaskLevel.valueOf(row.text(level)), row.choice(RURAL, RuralManagement.values(), RuralManagement::label),
                    row.intValue(START), host, row.text(INVESTIGATOR), row.text(FIELD), row.intValue(DURATION), row.text(LOCATION), null,
                    context.reason()));
        });
        exportedBy((query, sink) -> {
            Map<Long, String> hosts = new HashMap<>();
            Map<String, String> levels = tasks.levelLabels();
            tasks.stream(query, t -> sink.accept(spec().row().put(CODE, t.code()).put(TITLE, t.title()).put(KIND, t.kind().label())
                    .put(level, levels.getOrDefault(t.level().code(), t.level().code())).put(RURAL, t.ruralManagement() == null ? null : t.ruralManagement().label())
                    .put(START, t.startYear()).put(HOST, t.hostId() == null ? null
                            : hosts.computeIfAbsent(t.hostId(), k -> organisations.find(k).map(Organisation::name).orElse(null)))
                    .put(INVESTIGATOR, t.investigator()).put(FIELD, t.field()).put(DURATION, t.durationMonths()).put(LOCATION, t.location())
                    .values()));
        });
    }

    /** The level: the task-level vocabulary's current entries, by label or code ("Cấp bộ", "PROVINCIAL"). */
    private static Column levelColumn(Vocabularies vocabularies) {
        return Column.vocabulary("Cấp quản lý", true, vocabularies.choices(VocabularyList.TASK_LEVEL),
                "Chọn trong danh sách (tên hoặc mã); danh mục cấp nhiệm vụ ở trang Danh mục.");
    }
}

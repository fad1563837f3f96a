package vn.gov.khcn.radiation.internal;

import static vn.gov.khcn.exchange.spi.Labels.labels;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.PagedExport;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.radiation.DossierCommand;
import vn.gov.khcn.radiation.DossierOutcome;
import vn.gov.khcn.radiation.DossierQuery;
import vn.gov.khcn.radiation.Dossiers;
import vn.gov.khcn.radiation.RadiationFacilities;

/** The radiation-safety dossier register's spreadsheet; dossiers are received through {@link Dossiers} (rules, audit). */
@Component
class DossierSheet extends RecordImport<DossierQuery> {
    static final Column FACILITY = Column.text("Cơ sở bức xạ", true, 500, "Tên cơ sở đúng như trong sổ cơ sở bức xạ.");
    static final Column SUBJECT = Column.text("Nội dung hồ sơ", true, 500, "Ví dụ: Hồ sơ đề nghị gia hạn giấy phép.");
    static final Column RECEIVED = Column.date("Ngày nhận", true, "Ngày nhận hồ sơ.");
    static final Column RESOLVED = Column.date("Ngày giải quyết", false, "Để trống nếu đang giải quyết; số ngày giải quyết do hệ thống tính.");
    static final Column OUTCOME = Column.choice("Kết quả giải quyết", false, labels(DossierOutcome.values(), DossierOutcome::label),
            "Cần khi có ngày giải quyết; để trống nếu đang giải quyết.");
    static final RegisterSpec SPEC = new RegisterSpec("radiation-dossiers", "Hồ sơ an toàn bức xạ, hạt nhân", "An toàn bức xạ", "Ho so ATBX",
            List.of(FACILITY, SUBJECT, RECEIVED, RESOLVED, OUTCOME), "cùng cơ sở, ngày nhận và nội dung hồ sơ", List.of("radiation-facilities"));

    DossierSheet(Dossiers dossiers, RadiationFacilities facilities) {
        super(SPEC, DossierQuery.class, FACILITY, RECEIVED, SUBJECT);
        existsWhen(row -> dossiers.find(row.text(FACILITY), row.date(RECEIVED), row.text(SUBJECT)).isPresent());
        createdBy((row, context) -> dossiers.receive(new DossierCommand(FacilitySheet.facilityId(context, facilities, row.text(FACILITY)), row.text(SUBJECT),
                row.date(RECEIVED), row.date(RESOLVED), row.choice(OUTCOME, DossierOutcome.values(), DossierOutcome::label), null,
                context.reason())));
        exportedBy((query, sink) -> PagedExport.rows(dossiers::search, query, sink, d -> SPEC.row().put(FACILITY, d.facilityName())
                .put(SUBJECT, d.subject()).put(RECEIVED, d.receivedOn()).put(RESOLVED, d.resolvedOn())
                .put(OUTCOME, d.outcome() == null ? null : d.outcome().label())));
    }
}

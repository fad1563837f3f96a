package vn.gov.khcn.organisations.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.khcn.organisations.Organisation;
import vn.gov.khcn.organisations.OrganisationCommand;
import vn.gov.khcn.organisations.OrganisationQuery;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.shared.web.RecordApi;
import vn.gov.khcn.shared.web.RecordOperations;

@RestController
@RequestMapping("/api/organisations")
@Tag(name = "Tổ chức", description = "Cơ quan, đơn vị, doanh nghiệp, cơ sở")
@RecordOperations(searchSummary = "Tìm tổ chức (không phân biệt dấu, hoa thường)",
        updateSummary = "Sửa tổ chức; gửi kèm version đã đọc (trong thân hoặc If-Match) để tránh ghi đè thay đổi của người khác")
class OrganisationApi extends RecordApi<Organisation, Organisation, OrganisationCommand, OrganisationQuery> {
    OrganisationApi(Organisations organisations) {
        super(organisations::search, organisations::get, organisations::record, organisations::correct);
    }
}

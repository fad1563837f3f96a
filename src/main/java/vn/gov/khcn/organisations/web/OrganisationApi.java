package vn.gov.khcn.organisations.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.khcn.organisations.Organisation;
import vn.gov.khcn.organisations.OrganisationCommand;
import vn.gov.khcn.organisations.OrganisationQuery;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.shared.PageResult;

@RestController
@RequestMapping("/api/organisations")
@Tag(name = "Tổ chức", description = "Cơ quan, đơn vị, doanh nghiệp, cơ sở")
class OrganisationApi {
    private final Organisations organisations;

    OrganisationApi(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    @Operation(summary = "Tìm tổ chức (không phân biệt dấu, hoa thường)")
    PageResult<Organisation> search(OrganisationQuery query, @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(required = false) Integer size) {
        return organisations.search(query, Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/{id}")
    Organisation get(@PathVariable long id) {
        return organisations.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Organisation create(@RequestBody OrganisationCommand cmd) {
        return organisations.record(cmd);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Sửa tổ chức; gửi kèm version đã đọc (trong thân hoặc If-Match) để tránh ghi đè thay đổi của người khác")
    Organisation update(@PathVariable long id, @RequestBody OrganisationCommand cmd) {
        return organisations.correct(id, cmd);
    }
}

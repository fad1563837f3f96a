package vn.gov.khcn.inspection.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.khcn.inspection.FacilityFindingCommand;
import vn.gov.khcn.inspection.Inspection;
import vn.gov.khcn.inspection.InspectionCommand;
import vn.gov.khcn.inspection.InspectionQuery;
import vn.gov.khcn.inspection.Inspections;
import vn.gov.khcn.shared.web.RecordListApi;
import vn.gov.khcn.shared.web.RecordOperations;

/** The inspections listed whole by their query, each with the findings at the facilities inspected. */
@RestController
@RequestMapping("/api/inspections")
@Tag(name = "Thanh tra chuyên ngành", description = "Cuộc thanh tra, cơ sở được thanh tra, vi phạm, tiền phạt")
@RecordOperations(create = "record", update = "correct")
class InspectionApi extends RecordListApi<Inspection, Inspection, InspectionCommand, InspectionQuery> {
    private final Inspections inspections;

    InspectionApi(Inspections inspections) {
        super(inspections::search, inspections::get, inspections::record, inspections::correct);
        this.inspections = inspections;
    }

    @PostMapping("/{id}/facilities")
    @ResponseStatus(HttpStatus.CREATED)
    Inspection recordFacility(@PathVariable long id, @RequestBody FacilityFindingCommand c) {
        return inspections.recordFacility(id, c);
    }

    @PutMapping("/{id}/facilities/{findingId}")
    Inspection correctFacility(@PathVariable long id, @PathVariable long findingId, @RequestBody FacilityFindingCommand c) {
        return inspections.correctFacility(id, findingId, c);
    }
}

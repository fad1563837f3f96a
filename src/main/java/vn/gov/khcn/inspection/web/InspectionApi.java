package vn.gov.khcn.inspection.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
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

@RestController
@RequestMapping("/api/inspections")
@Tag(name = "Thanh tra chuyên ngành", description = "Cuộc thanh tra, cơ sở được thanh tra, vi phạm, tiền phạt")
class InspectionApi {
    private final Inspections inspections;

    InspectionApi(Inspections inspections) {
        this.inspections = inspections;
    }

    @GetMapping
    List<Inspection> search(InspectionQuery query) {
        return inspections.search(query);
    }

    @GetMapping("/{id}")
    Inspection get(@PathVariable long id) {
        return inspections.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Inspection record(@RequestBody InspectionCommand c) {
        return inspections.record(c);
    }

    @PutMapping("/{id}")
    Inspection correct(@PathVariable long id, @RequestBody InspectionCommand c) {
        return inspections.correct(id, c);
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

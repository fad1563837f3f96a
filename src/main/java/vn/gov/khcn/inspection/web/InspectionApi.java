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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.khcn.inspection.FacilityFindingCommand;
import vn.gov.khcn.inspection.Inspection;
import vn.gov.khcn.inspection.InspectionCommand;
import vn.gov.khcn.inspection.InspectionField;
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
    List<Inspection> list(@RequestParam(required = false) Integer year, @RequestParam(required = false) InspectionField field) {
        return inspections.list(year, field);
    }

    @GetMapping("/{id}")
    Inspection get(@PathVariable long id) {
        return inspections.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Inspection open(@RequestBody InspectionCommand cmd) {
        return inspections.open(cmd);
    }

    @PutMapping("/{id}")
    Inspection change(@PathVariable long id, @RequestBody InspectionCommand cmd) {
        return inspections.change(id, cmd);
    }

    @PostMapping("/{id}/facilities")
    @ResponseStatus(HttpStatus.CREATED)
    Inspection addFacility(@PathVariable long id, @RequestBody FacilityFindingCommand cmd) {
        return inspections.addFacility(id, cmd);
    }

    @PutMapping("/{id}/facilities/{findingId}")
    Inspection changeFacility(@PathVariable long id, @PathVariable long findingId, @RequestBody FacilityFindingCommand cmd) {
        return inspections.changeFacility(id, findingId, cmd);
    }
}

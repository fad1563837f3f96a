package vn.gov.khcn.centre.web;

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
import vn.gov.khcn.centre.Training;
import vn.gov.khcn.centre.TrainingCommand;
import vn.gov.khcn.centre.TrainingQuery;
import vn.gov.khcn.centre.Trainings;
import vn.gov.khcn.shared.PageResult;

@RestController
@RequestMapping("/api/centre/trainings")
@Tag(name = "Trung tâm Ứng dụng")
class TrainingApi {
    private final Trainings trainings;

    TrainingApi(Trainings trainings) {
        this.trainings = trainings;
    }

    @GetMapping
    PageResult<Training> search(TrainingQuery query, @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        return trainings.search(query, Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/{id}")
    Training get(@PathVariable long id) {
        return trainings.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Training create(@RequestBody TrainingCommand c) {
        return trainings.hold(c);
    }

    @PutMapping("/{id}")
    Training update(@PathVariable long id, @RequestBody TrainingCommand c) {
        return trainings.correct(id, c);
    }
}

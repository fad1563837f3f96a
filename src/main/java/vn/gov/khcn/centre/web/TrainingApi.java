package vn.gov.khcn.centre.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.khcn.centre.Training;
import vn.gov.khcn.centre.TrainingCommand;
import vn.gov.khcn.centre.TrainingQuery;
import vn.gov.khcn.centre.Trainings;
import vn.gov.khcn.shared.web.RecordApi;

@RestController
@RequestMapping("/api/centre/trainings")
@Tag(name = "Trung tâm Ứng dụng")
class TrainingApi extends RecordApi<Training, Training, TrainingCommand, TrainingQuery> {
    TrainingApi(Trainings trainings) {
        super(trainings::search, trainings::get, trainings::hold, trainings::correct);
    }
}

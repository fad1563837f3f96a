package vn.gov.khcn.centre.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.khcn.centre.ModelWork;
import vn.gov.khcn.centre.ModelWorkCommand;
import vn.gov.khcn.centre.ModelWorkQuery;
import vn.gov.khcn.centre.ModelWorks;
import vn.gov.khcn.shared.web.RecordApi;

@RestController
@RequestMapping("/api/centre/model-works")
@Tag(name = "Trung tâm Ứng dụng")
class ModelWorkApi extends RecordApi<ModelWork, ModelWork, ModelWorkCommand, ModelWorkQuery> {
    ModelWorkApi(ModelWorks works) {
        super(works::search, works::get, works::record, works::correct);
    }
}

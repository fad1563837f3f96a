package vn.gov.khcn.centre.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.khcn.centre.GeneSource;
import vn.gov.khcn.centre.GeneSourceCommand;
import vn.gov.khcn.centre.GeneSourceQuery;
import vn.gov.khcn.centre.GeneSources;
import vn.gov.khcn.shared.web.RecordApi;

@RestController
@RequestMapping("/api/centre/gene-sources")
@Tag(name = "Trung tâm Ứng dụng")
class GeneSourceApi extends RecordApi<GeneSource, GeneSource, GeneSourceCommand, GeneSourceQuery> {
    GeneSourceApi(GeneSources sources) {
        super(sources::search, sources::get, sources::keep, sources::correct);
    }
}

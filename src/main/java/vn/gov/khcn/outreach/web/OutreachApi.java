package vn.gov.khcn.outreach.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.khcn.outreach.Outreach;
import vn.gov.khcn.outreach.OutreachCommand;
import vn.gov.khcn.outreach.OutreachItem;
import vn.gov.khcn.outreach.OutreachQuery;
import vn.gov.khcn.shared.web.RecordApi;

@RestController
@RequestMapping("/api/outreach")
@Tag(name = "Thông tin tuyên truyền", description = "Tin bài, chuyên mục phát thanh - truyền hình, tài liệu thông tin KH&CN")
class OutreachApi extends RecordApi<OutreachItem, OutreachItem, OutreachCommand, OutreachQuery> {
    OutreachApi(Outreach outreach) {
        super(outreach::search, outreach::get, outreach::record, outreach::correct);
    }
}

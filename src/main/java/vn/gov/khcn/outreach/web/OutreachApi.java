package vn.gov.khcn.outreach.web;

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
import vn.gov.khcn.outreach.Outreach;
import vn.gov.khcn.outreach.OutreachCommand;
import vn.gov.khcn.outreach.OutreachItem;
import vn.gov.khcn.outreach.OutreachQuery;
import vn.gov.khcn.shared.PageResult;

@RestController
@RequestMapping("/api/outreach")
@Tag(name = "Thông tin tuyên truyền", description = "Tin bài, chuyên mục phát thanh - truyền hình, tài liệu thông tin KH&CN")
class OutreachApi {
    private final Outreach outreach;

    OutreachApi(Outreach outreach) {
        this.outreach = outreach;
    }

    @GetMapping
    PageResult<OutreachItem> search(OutreachQuery query, @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(required = false) Integer size) {
        return outreach.search(query, Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/{id}")
    OutreachItem get(@PathVariable long id) {
        return outreach.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    OutreachItem create(@RequestBody OutreachCommand c) {
        return outreach.record(c);
    }

    @PutMapping("/{id}")
    OutreachItem update(@PathVariable long id, @RequestBody OutreachCommand c) {
        return outreach.correct(id, c);
    }
}

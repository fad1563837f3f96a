package vn.gov.khcn.profile.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.khcn.profile.DepartmentProfiles;

@RestController
@RequestMapping("/api/profile")
@Tag(name = "Hồ sơ thiết lập", description = "Hồ sơ thiết lập của Sở (thiết lập, danh mục, mẫu báo cáo đã sửa): xuất, và nạp vào cài đặt mới.")
class ProfileApi {
    private final DepartmentProfiles profiles;

    ProfileApi(DepartmentProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Hồ sơ thiết lập của Sở, như tệp tải về")
    ResponseEntity<byte[]> export() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(profiles.export());
    }

    /** What was loaded, one line a change. */
    public record Loaded(List<String> loaded) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Nạp một hồ sơ thiết lập vào cài đặt mới (thiết lập của Sở còn trống); tất cả hoặc không gì")
    Loaded load(@RequestBody byte[] profile) {
        return new Loaded(profiles.load(profile));
    }
}
